// One pop-up menu open at a time, as on both sites: a second press on its opener, a press outside it, Escape or
// one of its entries closes it. The pages build the menu; this keeps which one is open.
let open: { menu: HTMLElement; opener: HTMLElement } | null = null;

export function closeMenu(): void {
  open?.opener.setAttribute('aria-expanded', 'false');
  open?.menu.remove();
  open = null;
}

/** Closes the menu of `opener` when it is open; otherwise closes any other and shows the one `show` builds and places. */
export function toggleMenuOf(opener: HTMLElement, show: () => HTMLElement): void {
  if (open?.opener === opener) return closeMenu();
  closeMenu();
  const menu = show();
  opener.setAttribute('aria-expanded', 'true');
  open = { menu, opener };
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Node ? event.target : null;
  if (open && target && !open.menu.contains(target) && !open.opener.contains(target)) closeMenu();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenu();
});

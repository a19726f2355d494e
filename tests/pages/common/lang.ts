// `?lang=nl` renders Dutch labels and `<html lang="nl">`; read once at load (navigation keeps it).

export type Lang = 'en' | 'nl';
export const lang: Lang = new URLSearchParams(location.search).get('lang') === 'nl' ? 'nl' : 'en';
document.documentElement.lang = lang;

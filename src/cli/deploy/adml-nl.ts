/**
 * Dutch texts for the nl-NL ADML, with the options page's words where it has them ("Wel doen"). A Record
 * over every setting, so a new setting cannot go untranslated.
 */
import type { SettingKey } from '../../core/policy/settings.ts';
import type { AdmlTexts } from './adml.ts';

const settings: Record<SettingKey, { title: string; description: string }> = {
  enabled: { title: 'PostPause aan', description: 'Of PostPause überhaupt pauzeert voor het plaatsen.' },
  companyName: { title: 'Bedrijfsnaam', description: 'Staat in de herinnering dat het bedrijf op het profiel van de medewerker staat.' },
  question: { title: 'Vraag', description: 'Vervangt de standaardvraag "Is dit gepast en draagt het bij aan de doelen van ons bedrijf?".' },
  mode: { title: 'Modus', description: '"always": pauzeer bij elke publicatie; "flagged": pauzeer alleen als er een gevoelig onderwerp is gevonden.' },
  pauseSeconds: { title: 'Pauze bij een markering (seconden)', description: 'Hoe lang "Toch plaatsen" niet te kiezen is als er een gevoelig onderwerp is gevonden, 0 tot 60. Standaard 3.' },
  shortCalmPauses: { title: 'Korte pauzes na de eerste van de dag', description: 'Na de eerste pauze van de dag op een site zonder markering tonen latere pauzes zonder markering die dag alleen de vraag, een herinnering en de twee knoppen. Standaard aan; bij een markering verschijnt altijd de hele pauze.' },
  calmPauseSeconds: { title: 'Pauze zonder markering (seconden)', description: 'Hoe lang "Toch plaatsen" niet te kiezen is als er niets is gevonden, 0 tot 60. Standaard 0: de vraag verschijnt en je kunt meteen plaatsen.' },
  topics: { title: 'Onderwerpen', description: 'De socialemediacode: onderwerpen met trefwoorden, uitzonderingen, labels en toelichting.' },
  starterTopics: { title: 'Startonderwerpen', description: 'Of de meegeleverde startcode geldt naast de eigen onderwerpen van het bedrijf. Standaard aan.' },
  codeUrl: { title: 'Adres van de code', description: 'Waar de volledige socialemediacode staat, bijvoorbeeld op het intranet.' },
  dos: { title: 'Wel doen', description: 'Korte punten die medewerkers zien op de welkomstpagina en in de opties.' },
  donts: { title: 'Niet doen', description: 'Korte punten die medewerkers zien op de welkomstpagina en in de opties.' },
  sites: { title: 'Sites', description: 'X en LinkedIn, elk aan (ingeschakeld) of uit (uitgeschakeld).' },
  surfaces: { title: 'Plekken', description: 'Berichten, reacties en antwoorden, elk aan (ingeschakeld) of uit (uitgeschakeld).' },
  language: { title: 'Taal', description: '"auto" volgt de browser; "en" of "nl" legt de taal vast.' },
  audiences: { title: 'Doelgroepen', description: 'Lijsten van accounts (klanten, concurrenten, journalisten, politici): wie er een antwoordt, erop reageert, citeert, repost of noemt, ziet de toelichting die erbij hoort.' },
  disclosure: { title: 'Band met de werkgever', description: 'De merken van de werkgever en de zinnen die de band duidelijk maken: wie een merk noemt zonder zo\'n zin, krijgt een notitie met een voorstel om toe te voegen.' },
  allowUserDisable: { title: 'Gebruikers mogen PostPause uitzetten', description: 'Standaard aan.' },
};

export const nlTexts: AdmlTexts = {
  description: (browser) => `Instellingen van PostPause, een pauze voor het plaatsen op LinkedIn en X, in ${browser}.`,
  category: (browser) => `PostPause voor ${browser}`,
  supported: (browser) => `${browser} met PostPause geïnstalleerd`,
  settings,
  toggles: { x: 'X', linkedin: 'LinkedIn', posts: 'berichten', comments: 'reacties', replies: 'antwoorden', reposts: 'reposts' },
  jsonHint: 'Vul de waarde in als JSON-tekst.',
};

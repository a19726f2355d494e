import { render } from 'preact';
import { OptionsPage } from './options-page.tsx';
import '../ui/page.css';

render(<OptionsPage />, document.getElementById('app')!);

import { render } from 'preact';
import { Welcome } from './welcome.tsx';
import '../ui/page.css';

render(<Welcome />, document.getElementById('app')!);

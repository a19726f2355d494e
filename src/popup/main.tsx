import { render } from 'preact';
import { Popup } from './popup.tsx';
import '../ui/page.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);

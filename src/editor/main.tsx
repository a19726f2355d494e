import { render } from 'preact';
import { EditorApp } from './app.tsx';
import '../ui/page.css';
import './editor.css';

render(<EditorApp standalone={location.protocol === 'file:'} />, document.getElementById('app')!);

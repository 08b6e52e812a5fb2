import { render } from 'preact';

render(<p>Crossline</p>, document.getElementById('app')!);

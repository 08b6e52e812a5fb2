import '../../components/crossline.css';
import './popup.css';
import { mountTabViewPage } from '../../extension/tab-view-page';

void mountTabViewPage(document.getElementById('app')!, { live: false });

import '../../components/crossline.css';
import './sidepanel.css';
import { mountTabViewPage } from '../../extension/tab-view-page';

// Kept open beside the article: follows the active tab, and redraws on every new lookup.
void mountTabViewPage(document.getElementById('app')!, { live: true });

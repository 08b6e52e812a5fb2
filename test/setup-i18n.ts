/** Unit tests run without the browser's i18n: the extension's English messages answer instead. */
import english from '../public/_locales/en/messages.json';
import { useFallbackMessages } from '../components/i18n';

useFallbackMessages(english);

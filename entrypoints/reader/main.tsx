import '../../components/crossline.css';
import { t } from '../../components/i18n';
import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';
import type { IndexedArticle } from '../../corpus/types';
import { toBackground } from '../../extension/messages';

const params = new URLSearchParams(location.search);
const source = params.get('source') ?? '';
const start = Number(params.get('start'));
const end = Number(params.get('end'));
const line = Number.isInteger(start) && Number.isInteger(end) && params.has('start') ? { start, end } : null;
const app = document.getElementById('app')!;

async function main() {
  let article: IndexedArticle | null = null;
  let error: string | null = null;
  try {
    article = await toBackground('get-article', { source });
    if (!article) error = t('noSuchArticle', source);
    else document.title = `Crossline · ${article.label}${article.headline ? ` — ${article.headline}` : ''}`;
  } catch (e) {
    error = (e as Error).message;
  }
  render(<ReaderApp article={article} error={error} line={line} />, app);
}

void main();

/** A translated sentence whose [bracketed] words are a link: the whole sentence stays one message for translators. */
export function Linked({ text, href }: { text: string; href: string }) {
  const match = /^(.*?)\[(.+?)\](.*)$/su.exec(text);
  if (!match) return <>{text}</>;
  return (
    <>
      {match[1]}
      <a href={href} target="_blank" rel="noreferrer">
        {match[2]}
      </a>
      {match[3]}
    </>
  );
}

import { AppLink } from './app-link';

interface MessageViewProps {
  title: string;
  body: string;
  backHref: string;
  backLabel: string;
}

/** A page that only says something: not found, an error. */
export function MessageView({ title, body, backHref, backLabel }: MessageViewProps) {
  return (
    <section className="mx-auto max-w-prose py-16 text-center">
      <h1 tabIndex={-1} className="text-3xl font-bold">
        {title}
      </h1>
      <p className="mt-4 text-lg text-stone-700">{body}</p>
      <p className="mt-8">
        <AppLink className="link-button" to={backHref}>
          {backLabel}
        </AppLink>
      </p>
    </section>
  );
}

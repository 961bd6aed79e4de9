import { useEffect } from 'react';
import { announce } from './announcer';

/** Visible status text that is also announced, even when its element has just appeared. */
export function LiveText({ text, className }: { text: string | undefined; className?: string }) {
  useEffect(() => {
    if (text) announce(text);
  }, [text]);
  return <p className={className}>{text ?? ''}</p>;
}

'use client';

import { useEffect } from 'react';
import { useBrowserSupports } from '@/lib/dom/supports';
import { isWeChat } from '@/lib/share';

/**
 * Inside WeChat's own browser (its user agent says MicroMessenger) a QR code of the page the reader is already on
 * is no use: WeChat shares the open page from its ··· menu. There this leaf shows that instruction and hides the
 * static QR panel (`.share-wechat` in SharePanel.tsx, server HTML that works without JavaScript). Elsewhere it renders
 * nothing and the QR stays.
 */
export function InWeChat({ text }: { text: string }) {
  const inWeChat = useBrowserSupports(() => isWeChat(navigator.userAgent));
  useEffect(() => {
    if (!inWeChat) return;
    const qr = document.querySelector<HTMLElement>('.share-wechat');
    if (qr) qr.hidden = true;
  }, [inWeChat]);
  if (!inWeChat) return null;
  return (
    <p className="mt-4 max-w-md rounded-md bg-paper-2 px-4 py-3 text-sm leading-relaxed" role="note" data-testid="wechat-in-app">
      {text}
    </p>
  );
}

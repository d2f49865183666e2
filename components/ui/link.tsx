'use client';

import NextLink from 'next/link';
import { useState, type ComponentProps, type FocusEvent, type PointerEvent, type TouchEvent } from 'react';

type Props = ComponentProps<typeof NextLink>;

/**
 * `next/link` that fetches its page when the student reaches for it (pointer over it, a finger on it,
 * keyboard focus) instead of as soon as it scrolls into view. Next's default prefetched every link on
 * screen: 26 requests on the home page, up to 67 kB each over a phone's data, and their parsing took
 * the main thread while the page was starting (docs/performance.md). A finger is on a link about
 * 100 ms before the tap lands, so the page is usually on its way before the navigation starts.
 */
export default function Link({ prefetch, onPointerEnter, onFocus, onTouchStart, ...props }: Props) {
  // Next's own pattern for this (guides/prefetching, "hover-triggered prefetch"): the link turns its
  // prefetching on once reached for; being on screen then, it fetches its page.
  const [reached, setReached] = useState(false);
  const fetchPage = () => {
    if (prefetch !== false) setReached(true);
  };
  return (
    <NextLink
      {...props}
      prefetch={reached ? prefetch : false}
      onPointerEnter={(event: PointerEvent<HTMLAnchorElement>) => {
        fetchPage();
        onPointerEnter?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        fetchPage();
        onFocus?.(event);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        fetchPage();
        onTouchStart?.(event);
      }}
    />
  );
}

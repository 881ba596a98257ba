// A small set of line icons drawn inline, so the app needs no icon font or image requests.
const PATHS = {
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14Zm9 16-4.3-4.3',
  ledger: 'M6 4h10a3 3 0 0 1 3 3v13H8a2 2 0 0 1-2-2V4Zm0 14a2 2 0 0 1 2-2h11M9.5 8h6M9.5 11h4',
  close: 'M6 6l12 12M18 6 6 18',
  expand: 'M12 5v14M5 12h14',
  fit: 'M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5',
  layout: 'M5 5h5v5H5zM14 14h5v5h-5zM14 5h5v5h-5zM10 7.5h4M16.5 10v4',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9.5a1 1 0 1 0 0-.01',
  download: 'M12 4v11m0 0-4-4m4 4 4-4M5 19h14',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm-9 9h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z',
  key: 'M14 10a4 4 0 1 0-3.5 4L9 15.5V18H6.5v2H4v-2.5l6.1-6.1M15.5 8.5h.01',
  explore: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm3.5 5.5-2 5-5 2 2-5 5-2Z',
  bridge: 'M3 17c3-6 15-6 18 0M6 13.5V17M12 12v5M18 13.5V17M3 17h18',
  path: 'M5 19a2 2 0 1 0 0-.01M19 5a2 2 0 1 0 0-.01M6.5 17.5 10 14h4l3.5-7.5',
  diaspora: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM7 8h3l1 3-2 2 1 4M14 4.5 15 8h3.5M16 14l2 1-1 3',
  recommend: 'M12 4l2.4 5 5.4.6-4 3.7 1.1 5.4L12 16l-4.9 2.7 1.1-5.4-4-3.7 5.4-.6Z',
  brokers: 'M12 5a2 2 0 1 0 0-.01M5 18a2 2 0 1 0 0-.01M19 18a2 2 0 1 0 0-.01M12 7v4M12 11l-5.5 5.5M12 11l5.5 5.5',
  target: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 5a3 3 0 1 0 0 6 3 3 0 0 0 0-6Z',
  chevronLeft: 'M15 5l-7 7 7 7',
  chevronRight: 'M9 5l7 7-7 7',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5H5V6h5',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 8v6m0-9.5h.01',
  refresh: 'M20 11a8 8 0 1 0-2.3 5.7M20 5v6h-6',
  eraser: 'M4 20h16M7 16l-3-3 9-9 7 7-7 7H9',
  list: 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14',
  contrast: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 0v18',
  desk: 'M4 6h16v4H4zM6 10v9M18 10v9M9 14h6M12 3v3',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16, title }: { name: IconName; size?: number; title?: string }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
    >
      {title && <title>{title}</title>}
      <path d={PATHS[name]} />
    </svg>
  );
}

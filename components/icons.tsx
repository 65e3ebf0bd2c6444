import type { ReactNode } from 'react';

// The interface's line icons, drawn alike (24-unit grid, 2-unit round strokes in the text colour).
// Decorative: the control an icon sits in carries the name.
function LineIcon({ className = 'size-5', children }: { className?: string; children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

type IconProps = { className?: string };

export const SunIcon = ({ className }: IconProps) => (
  <LineIcon className={className}>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v2M12 20v2M4.93 4.93l1.41 1.41M17.66 17.66l1.41 1.41M2 12h2M20 12h2M4.93 19.07l1.41-1.41M17.66 6.34l1.41-1.41" />
  </LineIcon>
);

export const MoonIcon = ({ className }: IconProps) => (
  <LineIcon className={className}>
    <path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z" />
  </LineIcon>
);

export const SearchIcon = ({ className }: IconProps) => (
  <LineIcon className={className}>
    <circle cx="11" cy="11" r="7" />
    <path d="M20 20l-3.5-3.5" />
  </LineIcon>
);

export const ClockIcon = ({ className }: IconProps) => (
  <LineIcon className={className}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </LineIcon>
);

export const MenuIcon = ({ className }: IconProps) => (
  <LineIcon className={className}>
    <path d="M4 6h16M4 12h16M4 18h16" />
  </LineIcon>
);

export const CloseIcon = ({ className }: IconProps) => (
  <LineIcon className={className}>
    <path d="M6 6l12 12M18 6L6 18" />
  </LineIcon>
);

export const ShareIcon = ({ className }: IconProps) => (
  <LineIcon className={className}>
    <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" />
  </LineIcon>
);

export const LinkIcon = ({ className }: IconProps) => (
  <LineIcon className={className}>
    <path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1" />
  </LineIcon>
);

// The check is drawn heavier on a smaller grid, so it reads at 16 px beside text.
export const CheckIcon = ({ className = 'size-4' }: IconProps) => (
  <svg
    aria-hidden="true"
    viewBox="0 0 20 20"
    className={className}
    fill="none"
    stroke="currentColor"
    strokeWidth="2.5"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M4 10.5l4 4 8-9" />
  </svg>
);

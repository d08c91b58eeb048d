import { visuallyHidden } from './visuallyHidden.js';

/** Something to announce: `polite` for what went well, `assertive` for what failed. `key` makes a repeat heard again. */
export interface Notice {
  text: string;
  tone: 'polite' | 'assertive';
  key: number;
}

/** A polite and an assertive live region, always mounted so screen readers hear what is written into them. */
export function NoticeRegions({ notice }: { notice: Notice | null | undefined }) {
  return (
    <>
      <div role="status" style={visuallyHidden} data-rcs="announce-polite">
        {notice?.tone === 'polite' && <span key={notice.key}>{notice.text}</span>}
      </div>
      <div role="alert" style={visuallyHidden} data-rcs="announce-assertive">
        {notice?.tone === 'assertive' && <span key={notice.key}>{notice.text}</span>}
      </div>
    </>
  );
}

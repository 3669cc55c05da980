import type { JSX } from 'solid-js';

/**
 * What Safari (and every browser on iOS) does with the site's data, said plainly, and the two real remedies:
 * the Home Screen (with a transfer link to move the data in), or backups.
 */
export function SafariNote(): JSX.Element {
  return (
    <div class="notice warn" id="safari" data-testid="safari-note">
      <p>
        <strong>Safari removes a site’s data after seven days without a visit.</strong> Open this site at
        least once a week, or do one of these:
      </p>
      <ol>
        <li>
          Add it to your Home Screen, where Safari keeps its data: tap the Share button, then “Add to Home
          Screen”. Open it from there, and move your data in with a transfer link made here (below).
        </li>
        <li>Or keep backups: download one below after each change that matters.</li>
      </ol>
    </div>
  );
}

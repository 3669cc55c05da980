/**
 * The ids of content the code names, written once: checklist items (`content/checklist.yaml`) and note
 * situations (`content/situations.yaml`). A unit test checks that each is in its file, so renaming one in the
 * content fails there, not in the user's hands. Plain constants, so the bundler writes their value where used.
 */

// Checklist items the code ticks or reads.
export const ITEM_THANK_YOU_SENT = 'thank-you-sent';
export const ITEM_NAME_CHECKED = 'name-checked';
export const ITEM_DETAILS_RECORDED = 'details-recorded';
export const ITEM_FOLLOW_UP_SENT = 'follow-up-sent';

// Note situations the code offers by name.
export const SITUATION_THANK_YOU = 'thank-you';
export const SITUATION_AFTER_NO = 'after-no';
export const SITUATION_FOLLOW_UP = 'follow-up';
export const SITUATION_TOUCH_BASE = 'touch-base';
export const SITUATION_ALERT_REFERENCE = 'alert-reference';
export const SITUATION_THANK_REFERENCE = 'thank-reference';
export const SITUATION_ACCEPT_OFFER = 'accept-offer';
export const SITUATION_CHECK_IN = 'check-in';

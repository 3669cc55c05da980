/** The store actions on an interview itself, each one change to the stored document. */
import { type InterviewFields, newId, newInterview } from '../../core/model/builders';
import * as iops from './interview-ops';
import { update } from '../../core/store/followup';

/** Adds an interview and returns its id. */
export function addInterview(fields: Partial<InterviewFields>): string {
  const id = newId();
  update((doc) => iops.addInterview(doc, newInterview(id, fields, new Date())));
  return id;
}

/** Changes fields of an interview. */
export const updateInterview = (id: string, patch: Partial<InterviewFields>) =>
  update((doc) => iops.patchInterview(doc, id, patch, new Date()));

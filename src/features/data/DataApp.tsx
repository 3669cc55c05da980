import { type JSX, Show, createSignal, onMount } from 'solid-js';
import type { ChecklistItem } from '../../core/checklist-schema';
import { offerRestore, refuseRestore } from './restore';
import { RestoreSection } from './RestoreSection';
import { $doc } from '../../core/store/followup';
import { $keptAsideList } from '../../core/store/kept-aside';
import { Notices } from '../../core/ui/Notices';
import { CalendarFiles } from './CalendarFiles';
import { download } from '../../core/files';
import type { KeptAsideListProps } from './KeptAsideList';
import { TransferLink } from './TransferLink';
import { YourContactCard } from './YourContactCard';
import { useAtom } from '../../core/ui/use-atom';
import { later } from '../../core/ui/later';
import { KeepSafe } from './KeepSafe';

/** Data kept aside is rare: its list loads only when there is some. */
const KeptList = later<KeptAsideListProps>(() =>
  import('./KeptAsideList').then((m) => ({ default: m.KeptAsideList })),
);

/**
 * Your data: keep it (persistent storage, backups), restore it, move it, hand over your contact card and
 * put deadlines in a calendar. `items` are the checklist items that carry a deadline.
 */
export default function DataApp(props: { items: readonly ChecklistItem[] }): JSX.Element {
  const doc = useAtom($doc);
  const [transfer, setTransfer] = createSignal('');
  const keptAside = useAtom($keptAsideList);
  onMount(() => {
    // Opened from a transfer link: read it (its code is asked for there), then take it out of the address bar.
    if (location.hash.includes('transfer=')) {
      setTransfer(location.hash);
      history.replaceState(null, '', location.pathname);
    }
  });

  return (
    <div class="data-app">
      <Notices />
      <KeepSafe />

      <Show when={keptAside().length > 0}>
        <KeptList
          download={download}
          onRestore={offerRestore}
          onError={(message) => refuseRestore(message)}
        />
      </Show>

      <RestoreSection transfer={transfer()} />

      <TransferLink doc={doc()} />

      <YourContactCard profile={doc().profile} />

      <CalendarFiles interviews={doc().interviews} items={props.items} touches={doc()} />
    </div>
  );
}

// `npm run stress`: SIGKILLs sidecar writers at random moments (MARGINALIA_KILLS or --kills,
// default 1,000) and races two writers on one sidecar; prints the counts, exits 1 on any loss.
import { parseArgs } from 'node:util';
import { runKillCampaign, runTwoWriterRace } from './kill-campaign';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { kills: { type: 'string' }, race: { type: 'string' }, 'show-unlocked': { type: 'boolean', default: false } },
  });
  const kills = Number(values.kills ?? process.env.MARGINALIA_KILLS ?? 1000);
  const perWriter = Number(values.race ?? 200);
  const campaign = await runKillCampaign({ kills });
  console.log(`kills: ${campaign.kills}, sidecar complete after each: ${campaign.intact}, of which mid-write: ${campaign.duringWrite}, victim had not written yet: ${campaign.unchangedByVictim}`);
  console.log(`versions written: ${campaign.writes}; left behind: ${campaign.leftoverTemporaryFiles} temporary file(s), ${campaign.abandonedLocks} lock(s) (the next writer removes abandoned locks)`);
  console.log(`time: ${(campaign.elapsedMs / 1000).toFixed(1)} s`);
  for (const failure of campaign.failures.slice(0, 20)) console.log(`FAIL ${failure}`);

  const race = await runTwoWriterRace({ perWriter });
  console.log(`two writers, ${perWriter} annotations each: ${race.written} saved, ${race.refused} refused, ${race.lost.length} lost, ${race.finalCount} in the file`);
  if (values['show-unlocked']) {
    const unlocked = await runTwoWriterRace({ perWriter, withoutLock: true });
    console.log(`same race without the lock: ${unlocked.written} saved, ${unlocked.lost.length} lost`);
  }
  return campaign.failures.length === 0 && campaign.intact === campaign.kills && race.lost.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>PDS</source>
        <translation>PDS</translation>
    </message>
    <message>
        <source>alice.bsky.social or did:plc:…</source>
        <translation>alice.bsky.social or did:plc:…</translation>
    </message>
    <message>
        <source>App password: xxxx-xxxx-xxxx-xxxx</source>
        <translation>App password: xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App password</translation>
    </message>
    <message>
        <source>Use an app password (Bluesky → Settings → App passwords), not your main password. It is kept only in the system keychain.</source>
        <translation>Use an app password (Bluesky → Settings → App passwords), not your main password. It is kept only in the system keychain.</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>App &amp;password:</translation>
    </message>
    <message>
        <source>Add &amp;own account</source>
        <translation>Add &amp;own account</translation>
    </message>
    <message>
        <source>&amp;Watch account</source>
        <translation>&amp;Watch account</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>⚠ This does not look like an app password (xxxx-xxxx-xxxx-xxxx). Create one in Bluesky → Settings → App passwords.</source>
        <translation>⚠ This does not look like an app password (xxxx-xxxx-xxxx-xxxx). Create one in Bluesky → Settings → App passwords.</translation>
    </message>
    <message>
        <source>Accounts need the network; the app runs offline.</source>
        <translation>Accounts need the network; the app runs offline.</translation>
    </message>
    <message>
        <source>own (can follow)</source>
        <translation>own (can follow)</translation>
    </message>
    <message>
        <source>watched (read-only)</source>
        <translation>watched (read-only)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter the handle and an app password.</source>
        <translation>Enter the handle and an app password.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>No keychain</translation>
    </message>
    <message>
        <source>%1

Keep the session for this run only? You will have to sign in again after a restart. Nothing is written to disk.</source>
        <translation>%1

Keep the session for this run only? You will have to sign in again after a restart. Nothing is written to disk.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the handle of the account to watch.</source>
        <translation>Enter the handle of the account to watch.</translation>
    </message>
    <message>
        <source>Resolving %1…</source>
        <translation>Resolving %1…</translation>
    </message>
    <message>
        <source>Watching %1 (%2).</source>
        <translation>Watching %1 (%2).</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Select an account first.</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Logging out…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
    <message>
        <source>Logged out; the account is now watched.</source>
        <translation>Logged out; the account is now watched.</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Account removed.</translation>
    </message>
</context>
<context>
    <name>AccountsService</name>
    <message>
        <source>Login failed: wrong handle or app password (%1)</source>
        <translation>Login failed: wrong handle or app password (%1)</translation>
    </message>
    <message>
        <source>No tracked account %1</source>
        <translation>No tracked account %1</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>Could not read %1 from the database.</source>
        <translation>Could not read %1 from the database.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>No database yet at %1.</source>
        <translation>No database yet at %1.</translation>
    </message>
    <message>
        <source>Could not open the database.</source>
        <translation>Could not open the database.</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Who follows whom, with profile details. Select people to follow back, open or copy.</source>
        <translation>Who follows whom, with profile details. Select people to follow back, open or copy.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Filter by handle or name…</source>
        <translation>Filter by handle or name…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filter people</translation>
    </message>
    <message>
        <source>Audience lists</source>
        <translation>Audience lists</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Following</translation>
    </message>
    <message>
        <source>Mutuals</source>
        <translation>Mutuals</translation>
    </message>
    <message>
        <source>Not followed back</source>
        <translation>Not followed back</translation>
    </message>
    <message>
        <source>You follow, they don&apos;t</source>
        <translation>You follow, they don&apos;t</translation>
    </message>
    <message>
        <source>Recent unfollowers</source>
        <translation>Recent unfollowers</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Show all &amp;followers</source>
        <translation>Show all &amp;followers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Follow &amp;back selected</source>
        <translation>Follow &amp;back selected</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Open profile</translation>
    </message>
    <message>
        <source>&amp;Copy handles</source>
        <translation>&amp;Copy handles</translation>
    </message>
    <message>
        <source>Copy handles</source>
        <translation>Copy handles</translation>
    </message>
    <message>
        <source>Open profile in browser</source>
        <translation>Open profile in browser</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>People who followed or unfollowed %1 on %2</source>
        <translation>People who followed or unfollowed %1 on %2</translation>
    </message>
    <message>
        <source>any tracked account</source>
        <translation>any tracked account</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Choose an account to list its audience.</source>
        <translation>Choose an account to list its audience.</translation>
    </message>
    <message>
        <source>%1 people · %2 loaded</source>
        <translation>%1 people · %2 loaded</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · %1 selected</translation>
    </message>
</context>
<context>
    <name>Breakers</name>
    <message>
        <source>No breaker named %1.</source>
        <translation>No breaker named %1.</translation>
    </message>
</context>
<context>
    <name>BreakersPage</name>
    <message>
        <source>Breakers</source>
        <translation>Breakers</translation>
    </message>
    <message>
        <source>Circuit breakers per dependency. Operator actions are confirmed and recorded in the audit log.</source>
        <translation>Circuit breakers per dependency. Operator actions are confirmed and recorded in the audit log.</translation>
    </message>
    <message>
        <source>Circuit breakers</source>
        <translation>Circuit breakers</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>&amp;Force open</source>
        <translation>&amp;Force open</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Transitions</translation>
    </message>
    <message>
        <source>Breaker transitions</source>
        <translation>Breaker transitions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Breaker</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Select a breaker first.</source>
        <translation>Select a breaker first.</translation>
    </message>
    <message>
        <source>Breaker controls are not available in this session.</source>
        <translation>Breaker controls are not available in this session.</translation>
    </message>
    <message>
        <source>Reset breaker %1 to closed? Calls to the dependency resume at once.</source>
        <translation>Reset breaker %1 to closed? Calls to the dependency resume at once.</translation>
    </message>
    <message>
        <source>Force breaker %1 open? Every call to the dependency fails fast until it is reset.</source>
        <translation>Force breaker %1 open? Every call to the dependency fails fast until it is reset.</translation>
    </message>
    <message>
        <source>Disable breaker %1? Calls pass even when the dependency keeps failing.</source>
        <translation>Disable breaker %1? Calls pass even when the dependency keeps failing.</translation>
    </message>
    <message>
        <source>Confirm breaker action</source>
        <translation>Confirm breaker action</translation>
    </message>
    <message>
        <source>The action is recorded in the audit log.</source>
        <translation>The action is recorded in the audit log.</translation>
    </message>
    <message>
        <source>operator action from the dashboard</source>
        <translation>operator action from the dashboard</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1: %2 done</translation>
    </message>
</context>
<context>
    <name>CampaignItemsModel</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Follow record</source>
        <translation>Follow record</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Updated (UTC)</translation>
    </message>
</context>
<context>
    <name>CampaignTargetsModel</name>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Follows</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>dry run: nothing was written</source>
        <translation>dry run: nothing was written</translation>
    </message>
    <message>
        <source>Only a follow-back campaign that ran can be undone</source>
        <translation>Only a follow-back campaign that ran can be undone</translation>
    </message>
    <message>
        <source>Campaign %1 is still running; pause or cancel it before undoing it</source>
        <translation>Campaign %1 is still running; pause or cancel it before undoing it</translation>
    </message>
    <message>
        <source>Campaign %1 is already being undone by campaign %2</source>
        <translation>Campaign %1 is already being undone by campaign %2</translation>
    </message>
    <message>
        <source>paused by the user</source>
        <translation>paused by the user</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>cancelled by the user</translation>
    </message>
    <message>
        <source>gave up after %1 attempts</source>
        <translation>gave up after %1 attempts</translation>
    </message>
    <message>
        <source>The points budget is smaller than one follow</source>
        <translation>The points budget is smaller than one follow</translation>
    </message>
    <message>
        <source>no follow record to delete</source>
        <translation>no follow record to delete</translation>
    </message>
    <message>
        <source>Paused: the account&apos;s session failed (%1)</source>
        <translation>Paused: the account&apos;s session failed (%1)</translation>
    </message>
    <message>
        <source>not in the selection</source>
        <translation>not in the selection</translation>
    </message>
    <message>
        <source>the account itself</source>
        <translation>the account itself</translation>
    </message>
    <message>
        <source>already followed</source>
        <translation>already followed</translation>
    </message>
    <message>
        <source>blocked (either way)</source>
        <translation>blocked (either way)</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>unfollowed before on purpose</source>
        <translation>unfollowed before on purpose</translation>
    </message>
    <message>
        <source>in another unfinished campaign</source>
        <translation>in another unfinished campaign</translation>
    </message>
    <message>
        <source>on the exclude list</source>
        <translation>on the exclude list</translation>
    </message>
    <message>
        <source>too few followers</source>
        <translation>too few followers</translation>
    </message>
    <message>
        <source>too many followers</source>
        <translation>too many followers</translation>
    </message>
    <message>
        <source>no avatar</source>
        <translation>no avatar</translation>
    </message>
    <message>
        <source>follows/followers ratio too high</source>
        <translation>follows/followers ratio too high</translation>
    </message>
    <message>
        <source>account too young</source>
        <translation>account too young</translation>
    </message>
    <message>
        <source>carries an excluded label</source>
        <translation>carries an excluded label</translation>
    </message>
    <message>
        <source>no recent post</source>
        <translation>no recent post</translation>
    </message>
    <message>
        <source>Stored campaign filters are not valid JSON</source>
        <translation>Stored campaign filters are not valid JSON</translation>
    </message>
    <message>
        <source>Another process (pid %1) is running campaigns for this account</source>
        <translation>Another process (pid %1) is running campaigns for this account</translation>
    </message>
    <message>
        <source>Database not open</source>
        <translation>Database not open</translation>
    </message>
    <message>
        <source>Campaign storage failed: %1</source>
        <translation>Campaign storage failed: %1</translation>
    </message>
    <message>
        <source>No campaign with id %1</source>
        <translation>No campaign with id %1</translation>
    </message>
    <message>
        <source>Campaign item %1 not found</source>
        <translation>Campaign item %1 not found</translation>
    </message>
    <message>
        <source>hourly points budget spent; waiting for it to refill</source>
        <translation>hourly points budget spent; waiting for it to refill</translation>
    </message>
    <message>
        <source>daily points budget spent; waiting for it to refill</source>
        <translation>daily points budget spent; waiting for it to refill</translation>
    </message>
    <message>
        <source>keeping the chosen pace</source>
        <translation>keeping the chosen pace</translation>
    </message>
    <message>
        <source>server rate limit nearly reached; waiting for its reset</source>
        <translation>server rate limit nearly reached; waiting for its reset</translation>
    </message>
    <message>
        <source>server asked to retry later</source>
        <translation>server asked to retry later</translation>
    </message>
    <message>
        <source>No AT Protocol client</source>
        <translation>No AT Protocol client</translation>
    </message>
    <message>
        <source>%1 is not the signed-in account %2</source>
        <translation>%1 is not the signed-in account %2</translation>
    </message>
    <message>
        <source>The AT Protocol client is not running</source>
        <translation>The AT Protocol client is not running</translation>
    </message>
    <message>
        <source>%1 is not an own account; add it in Settings first</source>
        <translation>%1 is not an own account; add it in Settings first</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Follow-back campaigns: preview, dry run, run, pause, resume, cancel, undo.</source>
        <translation>Follow-back campaigns: preview, dry run, run, pause, resume, cancel, undo.</translation>
    </message>
    <message>
        <source>Plan a follow-back</source>
        <translation>Plan a follow-back</translation>
    </message>
    <message>
        <source>own account handle, e.g. alice.bsky.social</source>
        <translation>own account handle, e.g. alice.bsky.social</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Minimum followers:</source>
        <translation>Minimum followers:</translation>
    </message>
    <message>
        <source>Maximum followers:</source>
        <translation>Maximum followers:</translation>
    </message>
    <message>
        <source>Has an avatar</source>
        <translation>Has an avatar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Posted within:</source>
        <translation>Posted within:</translation>
    </message>
    <message>
        <source>Account older than:</source>
        <translation>Account older than:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Skip accounts that follow more than this many times as many accounts as follow them.</source>
        <translation>Skip accounts that follow more than this many times as many accounts as follow them.</translation>
    </message>
    <message>
        <source>Max follows/followers:</source>
        <translation>Max follows/followers:</translation>
    </message>
    <message>
        <source>handles or DIDs, comma separated</source>
        <translation>handles or DIDs, comma separated</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Exclude:</translation>
    </message>
    <message>
        <source>labels, comma separated; * = any label</source>
        <translation>labels, comma separated; * = any label</translation>
    </message>
    <message>
        <source>Exclude labels:</source>
        <translation>Exclude labels:</translation>
    </message>
    <message>
        <source>as the budget allows</source>
        <translation>as the budget allows</translation>
    </message>
    <message>
        <source> / hour</source>
        <translation> / hour</translation>
    </message>
    <message>
        <source>Maximum pace:</source>
        <translation>Maximum pace:</translation>
    </message>
    <message>
        <source>all followers</source>
        <translation>all followers</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Targets:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Start campaign</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Removed by</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Preview a plan to see the candidates, the points it costs and how long it takes.</source>
        <translation>Preview a plan to see the candidates, the points it costs and how long it takes.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Campaigns are not available (no database or network service).</source>
        <translation>Campaigns are not available (no database or network service).</translation>
    </message>
    <message>
        <source>Planning failed: %1</source>
        <translation>Planning failed: %1</translation>
    </message>
    <message>
        <source>Dry run recorded as campaign %1: nothing was written.</source>
        <translation>Dry run recorded as campaign %1: nothing was written.</translation>
    </message>
    <message>
        <source>Campaign %1 started.</source>
        <translation>Campaign %1 started.</translation>
    </message>
    <message>
        <source>undo of %1</source>
        <translation>undo of %1</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>dry run</translation>
    </message>
    <message>
        <source>follow-back</source>
        <translation>follow-back</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 (%4)</source>
        <translation>#%1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Campaign error: %1</source>
        <translation>Campaign error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected account(s) from the Audience page</source>
        <translation>
            <numerusform>%n selected account(s) from the Audience page</numerusform>
            <numerusform>%n selected account(s) from the Audience page</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the account to plan for.</source>
        <translation>Enter the account to plan for.</translation>
    </message>
    <message>
        <source>The minimum followers are above the maximum.</source>
        <translation>The minimum followers are above the maximum.</translation>
    </message>
    <message>
        <source>Reading every page of followers and follows…</source>
        <translation>Reading every page of followers and follows…</translation>
    </message>
    <message numerus="yes">
        <source>Follow back up to %n account(s) from %1? The list is refreshed before the first follow.</source>
        <translation>
            <numerusform>Follow back up to %n account(s) from %1? The list is refreshed before the first follow.</numerusform>
            <numerusform>Follow back up to %n account(s) from %1? The list is refreshed before the first follow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo campaign</source>
        <translation>Undo campaign</translation>
    </message>
    <message>
        <source>Delete the follow records campaign %1 created (and only those)? This is paced like any campaign.</source>
        <translation>Delete the follow records campaign %1 created (and only those)? This is paced like any campaign.</translation>
    </message>
    <message>
        <source>%1 followers, %2 already followed or excluded; %3 candidates. Cost: %4 points (%5 per follow). Estimated duration under the current budget and pace: %6 (finish %7).</source>
        <translation>%1 followers, %2 already followed or excluded; %3 candidates. Cost: %4 points (%5 per follow). Estimated duration under the current budget and pace: %6 (finish %7).</translation>
    </message>
    <message>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 of %2 (%p%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State: %1%2. %3</source>
        <translation>State: %1%2. %3</translation>
    </message>
    <message>
        <source>Next allowed write: %1 · pace: %2/h · ETA: %3%4</source>
        <translation>Next allowed write: %1 · pace: %2/h · ETA: %3%4</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
</context>
<context>
    <name>CircuitBreaker</name>
    <message>
        <source>%1 is unavailable after repeated failures; next try in %2 s</source>
        <translation>%1 is unavailable after repeated failures; next try in %2 s</translation>
    </message>
    <message>
        <source>%1 was switched off by the operator</source>
        <translation>%1 was switched off by the operator</translation>
    </message>
    <message>
        <source>%1 is recovering; a trial call is in progress</source>
        <translation>%1 is recovering; a trial call is in progress</translation>
    </message>
    <message>
        <source>%1 is unavailable</source>
        <translation>%1 is unavailable</translation>
    </message>
    <message>
        <source>slow call: %1 ms (threshold %2 ms)</source>
        <translation>slow call: %1 ms (threshold %2 ms)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>growth-engine %1: %2</source>
        <translation>growth-engine %1: %2</translation>
    </message>
    <message>
        <source>Run &apos;growth-engine %1 --help&apos; for usage.</source>
        <translation>Run &apos;growth-engine %1 --help&apos; for usage.</translation>
    </message>
    <message>
        <source>growth-engine: unknown subcommand &apos;%1&apos;</source>
        <translation>growth-engine: unknown subcommand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Growth Engine: a dashboard for growing Bluesky accounts.</source>
        <translation>Growth Engine: a dashboard for growing Bluesky accounts.</translation>
    </message>
    <message>
        <source>Optional subcommand; without one the window opens.</source>
        <translation>Optional subcommand; without one the window opens.</translation>
    </message>
    <message>
        <source>growth-engine: %1</source>
        <translation>growth-engine: %1</translation>
    </message>
    <message>
        <source>Run &apos;growth-engine --help&apos; for usage.</source>
        <translation>Run &apos;growth-engine --help&apos; for usage.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
</context>
<context>
    <name>CollectorBridge</name>
    <message>
        <source>Writer queue full: reading paused</source>
        <translation>Writer queue full: reading paused</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline mode</translation>
    </message>
    <message>
        <source>Unknown collector %1</source>
        <translation>Unknown collector %1</translation>
    </message>
</context>
<context>
    <name>Collectors</name>
    <message>
        <source>The database writer is not keeping up.</source>
        <translation>The database writer is not keeping up.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
    <message>
        <source>The zstd dictionary could not be loaded.</source>
        <translation>The zstd dictionary could not be loaded.</translation>
    </message>
    <message>
        <source>A compressed message exceeds %1 bytes.</source>
        <translation>A compressed message exceeds %1 bytes.</translation>
    </message>
    <message>
        <source>A compressed message is corrupt: %1</source>
        <translation>A compressed message is corrupt: %1</translation>
    </message>
    <message>
        <source>A compressed message is truncated.</source>
        <translation>A compressed message is truncated.</translation>
    </message>
    <message>
        <source>A compressed message has trailing data.</source>
        <translation>A compressed message has trailing data.</translation>
    </message>
</context>
<context>
    <name>CollectorsPage</name>
    <message>
        <source>Collectors</source>
        <translation>Collectors</translation>
    </message>
    <message>
        <source>Live event streams and backfills: throughput, lag, queue and progress.</source>
        <translation>Live event streams and backfills: throughput, lag, queue and progress.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Replay last</source>
        <translation>&amp;Replay last</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Replay hours</source>
        <translation>Replay hours</translation>
    </message>
    <message>
        <source>Collector controls are not available in this session.</source>
        <translation>Collector controls are not available in this session.</translation>
    </message>
    <message>
        <source>Events per second, last 10 minutes</source>
        <translation>Events per second, last 10 minutes</translation>
    </message>
    <message>
        <source>No collector is running.</source>
        <translation>No collector is running.</translation>
    </message>
    <message>
        <source>%1: %2 requested</source>
        <translation>%1: %2 requested</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replay &amp;file…</source>
        <translation>Replay &amp;file…</translation>
    </message>
    <message>
        <source>Feed a Jetstream capture (one JSON event per line) through the collectors; works offline.</source>
        <translation>Feed a Jetstream capture (one JSON event per line) through the collectors; works offline.</translation>
    </message>
    <message>
        <source>Replay a Jetstream capture</source>
        <translation>Replay a Jetstream capture</translation>
    </message>
    <message>
        <source>Jetstream captures (*.jsonl *.json);;All files (*)</source>
        <translation>Jetstream captures (*.jsonl *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>Replaying %1…</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Replay: %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>%n line(s) could not be read.</source>
        <translation>
            <numerusform>%n line(s) could not be read.</numerusform>
            <numerusform>%n line(s) could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the configuration and list every problem</source>
        <translation>Check the configuration and list every problem</translation>
    </message>
    <message>
        <source>Check every dependency once; exit 0 only when all are UP</source>
        <translation>Check every dependency once; exit 0 only when all are UP</translation>
    </message>
    <message>
        <source>Feed a Jetstream capture (JSON lines) through the collectors</source>
        <translation>Feed a Jetstream capture (JSON lines) through the collectors</translation>
    </message>
    <message>
        <source>Run the collectors headless until stopped</source>
        <translation>Run the collectors headless until stopped</translation>
    </message>
    <message>
        <source>Add (own: --password-stdin, watched: --watch), list or remove tracked accounts</source>
        <translation>Add (own: --password-stdin, watched: --watch), list or remove tracked accounts</translation>
    </message>
    <message>
        <source>Database check, backup FILE, restore FILE, vacuum</source>
        <translation>Database check, backup FILE, restore FILE, vacuum</translation>
    </message>
    <message>
        <source>Write a PDF, CSV, JSON or PNG report for accounts and a period</source>
        <translation>Write a PDF, CSV, JSON or PNG report for accounts and a period</translation>
    </message>
    <message>
        <source>Plan, run, pause, resume, cancel or undo follow-back campaigns</source>
        <translation>Plan, run, pause, resume, cancel or undo follow-back campaigns</translation>
    </message>
    <message>
        <source>Subcommands (run headless):</source>
        <translation>Subcommands (run headless):</translation>
    </message>
    <message>
        <source>Run &apos;growth-engine COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Run &apos;growth-engine COMMAND --help&apos; for a command&apos;s options.</translation>
    </message>
    <message>
        <source>List every configuration key.</source>
        <translation>List every configuration key.</translation>
    </message>
    <message>
        <source>Output JSON.</source>
        <translation>Output JSON.</translation>
    </message>
    <message>
        <source>Check the configuration and list every problem.</source>
        <translation>Check the configuration and list every problem.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Configuration is valid.</source>
        <translation>Configuration is valid.</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>Data directory: %1</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>Config file: %1</translation>
    </message>
    <message>
        <source>(none, defaults)</source>
        <translation>(none, defaults)</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <source>Cannot migrate the database: %1</source>
        <translation>Cannot migrate the database: %1</translation>
    </message>
    <message>
        <source>Unknown handle &apos;%1&apos;: give the account&apos;s DID (did:plc:…) or add the account first.</source>
        <translation>Unknown handle &apos;%1&apos;: give the account&apos;s DID (did:plc:…) or add the account first.</translation>
    </message>
    <message>
        <source>Cannot register tracked account %1</source>
        <translation>Cannot register tracked account %1</translation>
    </message>
    <message>
        <source>Cannot read the collector state: %1</source>
        <translation>Cannot read the collector state: %1</translation>
    </message>
    <message>
        <source>The database writer did not start.</source>
        <translation>The database writer did not start.</translation>
    </message>
    <message>
        <source>Account to track (DID, or a handle already known). Repeatable.</source>
        <translation>Account to track (DID, or a handle already known). Repeatable.</translation>
    </message>
    <message>
        <source>HANDLE_OR_DID</source>
        <translation>HANDLE_OR_DID</translation>
    </message>
    <message>
        <source>Feed a Jetstream capture (one event per line) through the collector&apos;s parser, filter and writer.</source>
        <translation>Feed a Jetstream capture (one event per line) through the collector&apos;s parser, filter and writer.</translation>
    </message>
    <message>
        <source>replay takes exactly one FILE.jsonl</source>
        <translation>replay takes exactly one FILE.jsonl</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>The database writer did not finish in time.</source>
        <translation>The database writer did not finish in time.</translation>
    </message>
    <message>
        <source>replayed %1: lines=%2 events=%3 matched=%4 ignored=%5 control=%6 unreadable=%7</source>
        <translation>replayed %1: lines=%2 events=%3 matched=%4 ignored=%5 control=%6 unreadable=%7</translation>
    </message>
    <message>
        <source>stored: new_follows=%1 unfollows=%2 unattributed_unfollows=%3 engagements=%4 duplicates=%5 failed_batches=%6</source>
        <translation>stored: new_follows=%1 unfollows=%2 unattributed_unfollows=%3 engagements=%4 duplicates=%5 failed_batches=%6</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: until SIGINT/SIGTERM).</source>
        <translation>Stop after this many seconds (default: until SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Also track this account (DID, or a handle already known). Repeatable.</source>
        <translation>Also track this account (DID, or a handle already known). Repeatable.</translation>
    </message>
    <message>
        <source>Only stream from Jetstream; do not crawl followers and follows.</source>
        <translation>Only stream from Jetstream; do not crawl followers and follows.</translation>
    </message>
    <message>
        <source>Run the collectors headless until stopped (Jetstream live, and the backfill crawl of accounts never crawled, then on its schedule); everything read is committed.</source>
        <translation>Run the collectors headless until stopped (Jetstream live, and the backfill crawl of accounts never crawled, then on its schedule); everything read is committed.</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds</source>
        <translation>--duration needs a positive number of seconds</translation>
    </message>
    <message>
        <source>backfilled %1: followers=%2 follows=%3 unfollows_found=%4</source>
        <translation>backfilled %1: followers=%2 follows=%3 unfollows_found=%4</translation>
    </message>
    <message>
        <source>collected: </source>
        <translation>collected: </translation>
    </message>
    <message>
        <source>stored: new_follows=%1 unfollows=%2 engagements=%3 failed_batches=%4</source>
        <translation>stored: new_follows=%1 unfollows=%2 engagements=%3 failed_batches=%4</translation>
    </message>
</context>
<context>
    <name>ConfigKeys</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>not a valid absolute URL</translation>
    </message>
    <message>
        <source>scheme must be one of: %1</source>
        <translation>scheme must be one of: %1</translation>
    </message>
    <message>
        <source>plain %1 is only allowed for loopback hosts (localhost, 127.0.0.0/8, ::1); use %2</source>
        <translation>plain %1 is only allowed for loopback hosts (localhost, 127.0.0.0/8, ::1); use %2</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>out of range %1…%2</source>
        <translation>out of range %1…%2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>not a boolean (true/false, yes/no, 1/0, on/off)</source>
        <translation>not a boolean (true/false, yes/no, 1/0, on/off)</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <source>Comma-separated Jetstream subscribe URLs (wss://…/subscribe), tried in order</source>
        <translation>Comma-separated Jetstream subscribe URLs (wss://…/subscribe), tried in order</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>at least one endpoint is required</source>
        <translation>at least one endpoint is required</translation>
    </message>
    <message>
        <source>Bluesky AppView base URL for public reads</source>
        <translation>Bluesky AppView base URL for public reads</translation>
    </message>
    <message>
        <source>PLC directory base URL</source>
        <translation>PLC directory base URL</translation>
    </message>
    <message>
        <source>Override of the PDS found in the account&apos;s DID document (empty: none)</source>
        <translation>Override of the PDS found in the account&apos;s DID document (empty: none)</translation>
    </message>
    <message>
        <source>Database: empty for the local SQLite file, or postgresql://user@host:port/dbname</source>
        <translation>Database: empty for the local SQLite file, or postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>must be empty, sqlite:///path/file.sqlite or postgresql://user@host:port/dbname</source>
        <translation>must be empty, sqlite:///path/file.sqlite or postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Ask Jetstream for zstd-compressed frames</source>
        <translation>Ask Jetstream for zstd-compressed frames</translation>
    </message>
    <message>
        <source>Seconds to rewind the cursor on reconnect</source>
        <translation>Seconds to rewind the cursor on reconnect</translation>
    </message>
    <message>
        <source>Hours between scheduled backfill crawls</source>
        <translation>Hours between scheduled backfill crawls</translation>
    </message>
    <message>
        <source>HTTP connect timeout in milliseconds</source>
        <translation>HTTP connect timeout in milliseconds</translation>
    </message>
    <message>
        <source>HTTP total (transfer) timeout in milliseconds</source>
        <translation>HTTP total (transfer) timeout in milliseconds</translation>
    </message>
    <message>
        <source>Seconds of silence before a WebSocket counts as stalled</source>
        <translation>Seconds of silence before a WebSocket counts as stalled</translation>
    </message>
    <message>
        <source>Consecutive failures that open a circuit breaker</source>
        <translation>Consecutive failures that open a circuit breaker</translation>
    </message>
    <message>
        <source>Failure rate (0–1) over the window that opens a breaker</source>
        <translation>Failure rate (0–1) over the window that opens a breaker</translation>
    </message>
    <message>
        <source>Calls in the breaker&apos;s sliding window</source>
        <translation>Calls in the breaker&apos;s sliding window</translation>
    </message>
    <message>
        <source>Seconds a breaker stays open before a trial call</source>
        <translation>Seconds a breaker stays open before a trial call</translation>
    </message>
    <message>
        <source>Trial calls permitted while half-open</source>
        <translation>Trial calls permitted while half-open</translation>
    </message>
    <message>
        <source>Attempts per call including the first</source>
        <translation>Attempts per call including the first</translation>
    </message>
    <message>
        <source>First retry delay in milliseconds (full jitter)</source>
        <translation>First retry delay in milliseconds (full jitter)</translation>
    </message>
    <message>
        <source>Largest retry delay in milliseconds</source>
        <translation>Largest retry delay in milliseconds</translation>
    </message>
    <message>
        <source>Share of the write budget left for your own activity (0–0.9)</source>
        <translation>Share of the write budget left for your own activity (0–0.9)</translation>
    </message>
    <message>
        <source>Seconds between health probes</source>
        <translation>Seconds between health probes</translation>
    </message>
    <message>
        <source>Days of raw events to keep (aggregates are kept forever)</source>
        <translation>Days of raw events to keep (aggregates are kept forever)</translation>
    </message>
    <message>
        <source>Hours between automatic database backups (0: off)</source>
        <translation>Hours between automatic database backups (0: off)</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Automatic backups to keep</translation>
    </message>
    <message>
        <source>Start without any network access</source>
        <translation>Start without any network access</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Log level</translation>
    </message>
    <message>
        <source>Loopback port for /health and /metrics (0: off)</source>
        <translation>Loopback port for /health and /metrics (0: off)</translation>
    </message>
    <message>
        <source>User interface language (empty: system)</source>
        <translation>User interface language (empty: system)</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Colour theme</translation>
    </message>
    <message>
        <source>Show tray notifications</source>
        <translation>Show tray notifications</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>Set %1 to a number between %2 and %3.</source>
        <translation>Set %1 to a number between %2 and %3.</translation>
    </message>
    <message>
        <source>Set %1 to true or false.</source>
        <translation>Set %1 to true or false.</translation>
    </message>
    <message>
        <source>Set %1 to an absolute %2 URL.</source>
        <translation>Set %1 to an absolute %2 URL.</translation>
    </message>
    <message>
        <source>Set %1 to one of: %2.</source>
        <translation>Set %1 to one of: %2.</translation>
    </message>
    <message>
        <source>See `growth-engine validate-config --keys`.</source>
        <translation>See `growth-engine validate-config --keys`.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>environment %1</translation>
    </message>
    <message numerus="yes">
        <source>The configuration has %n problem(s):</source>
        <translation>
            <numerusform>The configuration has %n problem(s):</numerusform>
            <numerusform>The configuration has %n problem(s):</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>Remove it; `growth-engine validate-config --keys` lists valid keys.</source>
        <translation>Remove it; `growth-engine validate-config --keys` lists valid keys.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>the INI file cannot be parsed</source>
        <translation>the INI file cannot be parsed</translation>
    </message>
    <message>
        <source>Check the file&apos;s [section] and key=value syntax.</source>
        <translation>Check the file&apos;s [section] and key=value syntax.</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Check that the file exists and is readable.</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>Fix the JSON syntax, or use an .ini file.</source>
        <translation>Fix the JSON syntax, or use an .ini file.</translation>
    </message>
    <message>
        <source>data directory</source>
        <translation>data directory</translation>
    </message>
    <message>
        <source>the data directory cannot be created or is not writable</source>
        <translation>the data directory cannot be created or is not writable</translation>
    </message>
    <message>
        <source>Pass --data-dir with a writable folder, or fix its permissions.</source>
        <translation>Pass --data-dir with a writable folder, or fix its permissions.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>Pass the path of an existing .json or .ini file.</source>
        <translation>Pass the path of an existing .json or .ini file.</translation>
    </message>
    <message>
        <source>why:</source>
        <translation>why:</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>fix:</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved credentials for %1</source>
        <translation>No saved credentials for %1</translation>
    </message>
    <message>
        <source>memory (this run only)</source>
        <translation>memory (this run only)</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>Data directory (database, logs, backups).</source>
        <translation>Data directory (database, logs, backups).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Configuration file (.json or .ini).</source>
        <translation>Configuration file (.json or .ini).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Start without any network access.</source>
        <translation>Start without any network access.</translation>
    </message>
    <message>
        <source>Log level: debug, info, warning, critical.</source>
        <translation>Log level: debug, info, warning, critical.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <source>Jetstream endpoints, comma-separated.</source>
        <translation>Jetstream endpoints, comma-separated.</translation>
    </message>
    <message>
        <source>URL[,URL...]</source>
        <translation>URL[,URL...]</translation>
    </message>
    <message>
        <source>AppView base URL.</source>
        <translation>AppView base URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PLC directory base URL.</source>
        <translation>PLC directory base URL.</translation>
    </message>
    <message>
        <source>PDS base URL (overrides the DID document).</source>
        <translation>PDS base URL (overrides the DID document).</translation>
    </message>
    <message>
        <source>Database URL: postgresql://user@host:port/db (default: local SQLite).</source>
        <translation>Database URL: postgresql://user@host:port/db (default: local SQLite).</translation>
    </message>
    <message>
        <source>Serve /health and /metrics on 127.0.0.1:PORT.</source>
        <translation>Serve /health and /metrics on 127.0.0.1:PORT.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>User interface language (en, de).</source>
        <translation>User interface language (en, de).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Followers over time, new and lost per day, engagement. Click a day to see the people behind it.</source>
        <translation>Followers over time, new and lost per day, engagement. Click a day to see the people behind it.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>All accounts</translation>
    </message>
    <message>
        <source>&amp;Compare accounts</source>
        <translation>&amp;Compare accounts</translation>
    </message>
    <message>
        <source>Compare accounts</source>
        <translation>Compare accounts</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 d</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 d</translation>
    </message>
    <message>
        <source>365 d</source>
        <translation>365 d</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Export PNG…</source>
        <translation>&amp;Export PNG…</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Export charts as PNG</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>New and lost followers per day</source>
        <translation>New and lost followers per day</translation>
    </message>
    <message>
        <source>Engagement per day</source>
        <translation>Engagement per day</translation>
    </message>
    <message>
        <source>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</source>
        <translation>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</translation>
    </message>
    <message>
        <source>Best days in this range</source>
        <translation>Best days in this range</translation>
    </message>
    <message>
        <source>Best days</source>
        <translation>Best days</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Export charts</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>No tracked accounts yet. Add one in Settings.</source>
        <translation>No tracked accounts yet. Add one in Settings.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source>No database connected.</source>
        <translation>No database connected.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1
New: %2
Lost: %3
Net: %4
Click to see who</source>
        <translation>%1
New: %2
Lost: %3
Net: %4
Click to see who</translation>
    </message>
    <message>
        <source>%1
Score: %2
Likes: %3 · Reposts: %4
Replies: %5 · Quotes: %6</source>
        <translation>%1
Score: %2
Likes: %3 · Reposts: %4
Replies: %5 · Quotes: %6</translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message>
        <source>no database yet at %1</source>
        <translation>no database yet at %1</translation>
    </message>
    <message>
        <source>Output JSON (the same document as the status port&apos;s /health).</source>
        <translation>Output JSON (the same document as the status port&apos;s /health).</translation>
    </message>
    <message>
        <source>Per-probe timeout in milliseconds (default: http.total_timeout_ms, at most 60000).</source>
        <translation>Per-probe timeout in milliseconds (default: http.total_timeout_ms, at most 60000).</translation>
    </message>
    <message>
        <source>Check every dependency once and report UP / DEGRADED / DOWN / UNKNOWN.</source>
        <translation>Check every dependency once and report UP / DEGRADED / DOWN / UNKNOWN.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds between 1 and 600000</source>
        <translation>--timeout must be a number of milliseconds between 1 and 600000</translation>
    </message>
    <message>
        <source>The health check did not finish in time.</source>
        <translation>The health check did not finish in time.</translation>
    </message>
    <message>
        <source>overall: %1</source>
        <translation>overall: %1</translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>offline mode</source>
        <translation>offline mode</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>no answer within %1 ms</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>slow: %1 ms (limit %2 ms)</translation>
    </message>
    <message>
        <source>circuit forced open by the operator</source>
        <translation>circuit forced open by the operator</translation>
    </message>
    <message>
        <source>circuit open after failures (%1)</source>
        <translation>circuit open after failures (%1)</translation>
    </message>
    <message>
        <source>recovering: circuit half-open</source>
        <translation>recovering: circuit half-open</translation>
    </message>
    <message>
        <source>high error rate: %1%</source>
        <translation>high error rate: %1%</translation>
    </message>
    <message>
        <source>no breaker</source>
        <translation>no breaker</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Status history (last 24 h)</source>
        <translation>Status history (last 24 h)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Every dependency the product talks to, checked periodically off the GUI thread.</source>
        <translation>Every dependency the product talks to, checked periodically off the GUI thread.</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>Latency history (ms)</source>
        <translation>Latency history (ms)</translation>
    </message>
    <message>
        <source>No checks yet.</source>
        <translation>No checks yet.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The connection was refused</source>
        <translation>The connection was refused</translation>
    </message>
    <message>
        <source>The host name could not be resolved</source>
        <translation>The host name could not be resolved</translation>
    </message>
    <message>
        <source>The server closed the connection early</source>
        <translation>The server closed the connection early</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <source>The secure connection could not be established</source>
        <translation>The secure connection could not be established</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>The network is not available</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Too many redirects</translation>
    </message>
    <message>
        <source>The request failed on the network</source>
        <translation>The request failed on the network</translation>
    </message>
    <message>
        <source>Could not connect within %1 ms</source>
        <translation>Could not connect within %1 ms</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>No complete answer within %1 ms</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>The response is larger than %1 bytes</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached</source>
        <translation>The server&apos;s rate limit was reached</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)</source>
        <translation>The server failed (HTTP %1)</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request</source>
        <translation>The server timed out waiting for the request</translation>
    </message>
    <message>
        <source>Not authorised (HTTP %1)</source>
        <translation>Not authorised (HTTP %1)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Not found (HTTP 404)</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1)</source>
        <translation>The request was refused (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>IdentityResolver</name>
    <message>
        <source>&quot;%1&quot; is not a valid handle</source>
        <translation>&quot;%1&quot; is not a valid handle</translation>
    </message>
    <message>
        <source>The handle %1 could not be resolved to an account</source>
        <translation>The handle %1 could not be resolved to an account</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DID</source>
        <translation>&quot;%1&quot; is not a valid DID</translation>
    </message>
    <message>
        <source>did:web identifiers with a path are not supported</source>
        <translation>did:web identifiers with a path are not supported</translation>
    </message>
    <message>
        <source>Unsupported DID method in %1 (only did:plc and did:web)</source>
        <translation>Unsupported DID method in %1 (only did:plc and did:web)</translation>
    </message>
    <message>
        <source>No DID document for %1</source>
        <translation>No DID document for %1</translation>
    </message>
    <message>
        <source>The DID document of %1 names no PDS</source>
        <translation>The DID document of %1 names no PDS</translation>
    </message>
    <message>
        <source>The DNS records of %1 name different accounts (%2)</source>
        <translation>The DNS records of %1 name different accounts (%2)</translation>
    </message>
    <message>
        <source>The well-known handle file holds no DID</source>
        <translation>The well-known handle file holds no DID</translation>
    </message>
    <message>
        <source>The handle %1 points to %2, but that account does not claim the handle (alsoKnownAs of its DID document)</source>
        <translation>The handle %1 points to %2, but that account does not claim the handle (alsoKnownAs of its DID document)</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>OS keychain (%1)</source>
        <translation>OS keychain (%1)</translation>
    </message>
    <message>
        <source>No saved credentials for %1 in the keychain</source>
        <translation>No saved credentials for %1 in the keychain</translation>
    </message>
    <message>
        <source>No keychain is available: there is no D-Bus session bus to reach the system keyring (Secret Service). Log in to a desktop session or start one with a keyring (e.g. gnome-keyring).</source>
        <translation>No keychain is available: there is no D-Bus session bus to reach the system keyring (Secret Service). Log in to a desktop session or start one with a keyring (e.g. gnome-keyring).</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service provider (gnome-keyring or KWallet) is running on the session bus. Install and start gnome-keyring.</source>
        <translation>No keychain is available: no Secret Service provider (gnome-keyring or KWallet) is running on the session bus. Install and start gnome-keyring.</translation>
    </message>
    <message>
        <source>The keychain has no unlocked login keyring. Create or unlock the login keyring (e.g. log in to the desktop, or run gnome-keyring-daemon --unlock).</source>
        <translation>The keychain has no unlocked login keyring. Create or unlock the login keyring (e.g. log in to the desktop, or run gnome-keyring-daemon --unlock).</translation>
    </message>
    <message>
        <source>The keychain refused access: the keyring is locked or access was denied. Unlock the keyring and try again.</source>
        <translation>The keychain refused access: the keyring is locked or access was denied. Unlock the keyring and try again.</translation>
    </message>
    <message>
        <source>No usable keychain backend: libsecret was not found and KWallet is not available. Install libsecret-1-0 and gnome-keyring.</source>
        <translation>No usable keychain backend: libsecret was not found and KWallet is not available. Install libsecret-1-0 and gnome-keyring.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>The keychain failed: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be waiting for you in a dialog (to unlock or create a keyring); unlock it and try again.</source>
        <translation>The keychain did not answer within %1 s. It may be waiting for you in a dialog (to unlock or create a keyring); unlock it and try again.</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Structured log of this session, live. Secrets are redacted before they get here.</source>
        <translation>Structured log of this session, live. Secrets are redacted before they get here.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Minimum level</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Search messages…</translation>
    </message>
    <message>
        <source>Search log</source>
        <translation>Search log</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>F&amp;ollow</translation>
    </message>
    <message>
        <source>Keep the newest entry in view</source>
        <translation>Keep the newest entry in view</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copy as &amp;JSON</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Copy row as JSON</source>
        <translation>Copy row as JSON</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Followers, changes and what needs attention, per account.</source>
        <translation>Followers, changes and what needs attention, per account.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh overview</source>
        <translation>Refresh overview</translation>
    </message>
    <message>
        <source>Followers now</source>
        <translation>Followers now</translation>
    </message>
    <message>
        <source>Change today</source>
        <translation>Change today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Mutuals</source>
        <translation>Mutuals</translation>
    </message>
    <message>
        <source>Engagement this week</source>
        <translation>Engagement this week</translation>
    </message>
    <message>
        <source>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</source>
        <translation>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</translation>
    </message>
    <message>
        <source>Collectors and dependencies</source>
        <translation>Collectors and dependencies</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>No tracked accounts yet. Add one in Settings.</source>
        <translation>No tracked accounts yet. Add one in Settings.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <source>No database connected.</source>
        <translation>No database connected.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>30-day trend</source>
        <translation>30-day trend</translation>
    </message>
    <message>
        <source>run a backfill to count followers</source>
        <translation>run a backfill to count followers</translation>
    </message>
    <message>
        <source>since midnight</source>
        <translation>since midnight</translation>
    </message>
    <message>
        <source>%1 new · %2 lost</source>
        <translation>%1 new · %2 lost</translation>
    </message>
    <message>
        <source>follow each other</source>
        <translation>follow each other</translation>
    </message>
    <message>
        <source>last week %1</source>
        <translation>last week %1</translation>
    </message>
    <message>
        <source>Breaker %1 is %2: %3</source>
        <translation>Breaker %1 is %2: %3</translation>
    </message>
    <message>
        <source>Breaker %1 is testing the dependency again (half-open)</source>
        <translation>Breaker %1 is testing the dependency again (half-open)</translation>
    </message>
    <message>
        <source>Collector %1 failed: %2</source>
        <translation>Collector %1 failed: %2</translation>
    </message>
    <message>
        <source>Collector %1 is %2 s behind</source>
        <translation>Collector %1 is %2 s behind</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 is down: %2</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Press Enter to open the %1 page</source>
        <translation>Press Enter to open the %1 page</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>QtDnsTxtLookup</name>
    <message>
        <source>The DNS lookup of %1 timed out</source>
        <translation>The DNS lookup of %1 timed out</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation>The DNS lookup of %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>RateLimiter</name>
    <message>
        <source>%1 points exceed the budget of %2</source>
        <translation>%1 points exceed the budget of %2</translation>
    </message>
    <message>
        <source>Rate limit reached (%1); next call possible in %2 s</source>
        <translation>Rate limit reached (%1); next call possible in %2 s</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>New and lost followers per day</source>
        <translation>New and lost followers per day</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Engagement score per day</source>
        <translation>Engagement score per day</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Followers at the end of each day</source>
        <translation>Followers at the end of each day</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImageWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Growth report</source>
        <translation>Growth report</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Growth Engine. Engagement score = like + 2 × repost + 3 × reply + 2 × quote.</source>
        <translation>Growth Engine. Engagement score = like + 2 × repost + 3 × reply + 2 × quote.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Followers at start</source>
        <translation>Followers at start</translation>
    </message>
    <message>
        <source>Followers at end</source>
        <translation>Followers at end</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Net change</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>New followers</translation>
    </message>
    <message>
        <source>Lost followers</source>
        <translation>Lost followers</translation>
    </message>
    <message>
        <source>Mutuals at end</source>
        <translation>Mutuals at end</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Engagement score</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Best days</source>
        <translation>Best days</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Top new followers</source>
        <translation>Top new followers</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Their followers</source>
        <translation>Their followers</translation>
    </message>
    <message>
        <source>Followed at</source>
        <translation>Followed at</translation>
    </message>
    <message>
        <source>Top posts by engagement</source>
        <translation>Top posts by engagement</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (dry run)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Items by state</source>
        <translation>Items by state</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <source>No gaps, backfills or unattributed unfollows in this period.</source>
        <translation>No gaps, backfills or unattributed unfollows in this period.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Day by day</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Cannot start the PDF</source>
        <translation>Cannot start the PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot finish the PDF</source>
        <translation>Cannot finish the PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), all times in UTC</source>
        <translation>
            <numerusform>%n day(s), all times in UTC</numerusform>
            <numerusform>%n day(s), all times in UTC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>No data for the selected accounts in this period.</source>
        <translation>No data for the selected accounts in this period.</translation>
    </message>
    <message>
        <source>Unknown format %1</source>
        <translation>Unknown format %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>ReportScheduler</name>
    <message>
        <source>Cannot create the report folder %1</source>
        <translation>Cannot create the report folder %1</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Follow-back</source>
        <translation>Follow-back</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Collector %1 was down from %2 to %3; changes in that time may be missing.</source>
        <translation>Collector %1 was down from %2 to %3; changes in that time may be missing.</translation>
    </message>
    <message>
        <source>The follower count changed by %1 more than the follow events explain (corrected by a follower-count snapshot).</source>
        <translation>The follower count changed by %1 more than the follow events explain (corrected by a follower-count snapshot).</translation>
    </message>
    <message>
        <source>No follower-count snapshot and no known followers: follower totals are unknown.</source>
        <translation>No follower-count snapshot and no known followers: follower totals are unknown.</translation>
    </message>
    <message>
        <source>No data was recorded for this account in this period.</source>
        <translation>No data was recorded for this account in this period.</translation>
    </message>
    <message numerus="yes">
        <source>A backfill (%1) ran from %2 to %3 and read %n item(s).</source>
        <translation>
            <numerusform>A backfill (%1) ran from %2 to %3 and read %n item(s).</numerusform>
            <numerusform>A backfill (%1) ran from %2 to %3 and read %n item(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfollow(s) between %1 and %2 could not be attributed (the follow record was never seen).</source>
        <translation>
            <numerusform>%n unfollow(s) between %1 and %2 could not be attributed (the follow record was never seen).</numerusform>
            <numerusform>%n unfollow(s) between %1 and %2 could not be attributed (the follow record was never seen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Scheduled report written: %1</source>
        <translation>Scheduled report written: %1</translation>
    </message>
    <message>
        <source>Scheduled report failed: %1</source>
        <translation>Scheduled report failed: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Export reports as PDF, CSV, JSON or PNG.</source>
        <translation>Export reports as PDF, CSV, JSON or PNG.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Accounts in the report</source>
        <translation>Accounts in the report</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Last full month</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>CSV tables (zip)</source>
        <translation>CSV tables (zip)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>PNG chart</source>
        <translation>PNG chart</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>New and lost followers</source>
        <translation>New and lost followers</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Engagement score</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Scheduled reports</translation>
    </message>
    <message>
        <source>All tracked accounts</source>
        <translation>All tracked accounts</translation>
    </message>
    <message>
        <source>Accounts in scheduled reports</source>
        <translation>Accounts in scheduled reports</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Weekly (last Monday to Sunday)</source>
        <translation>Weekly (last Monday to Sunday)</translation>
    </message>
    <message>
        <source>Monthly (last calendar month)</source>
        <translation>Monthly (last calendar month)</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Folder for the reports</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Scheduled reports are written while the app runs. To write them without the app, run &apos;growth-engine report&apos; from cron or a systemd timer (see the manual page).</source>
        <translation>Scheduled reports are written while the app runs. To write them without the app, run &apos;growth-engine report&apos; from cron or a systemd timer (see the manual page).</translation>
    </message>
    <message>
        <source>Choose accounts and a period, then press Preview.</source>
        <translation>Choose accounts and a period, then press Preview.</translation>
    </message>
    <message>
        <source>Folder for scheduled reports</source>
        <translation>Folder for scheduled reports</translation>
    </message>
    <message>
        <source>Accounts could not be read: %1</source>
        <translation>Accounts could not be read: %1</translation>
    </message>
    <message>
        <source>No tracked accounts yet. Add one in Settings.</source>
        <translation>No tracked accounts yet. Add one in Settings.</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Choose at least one account.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <source>@%1: %2 → %3 followers (%4), %5 new, %6 lost, %7 mutuals, engagement score %8</source>
        <translation>@%1: %2 → %3 followers (%4), %5 new, %6 lost, %7 mutuals, engagement score %8</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>No scheduled reports.</source>
        <translation>No scheduled reports.</translation>
    </message>
    <message>
        <source>Next: %1 (due now)</source>
        <translation>Next: %1 (due now)</translation>
    </message>
    <message>
        <source>Up to date; last report covered up to %1.</source>
        <translation>Up to date; last report covered up to %1.</translation>
    </message>
</context>
<context>
    <name>ServiceHost</name>
    <message>
        <source>Offline mode: backfill needs the network.</source>
        <translation>Offline mode: backfill needs the network.</translation>
    </message>
    <message>
        <source>No tracked accounts to backfill. Add an account in Settings first.</source>
        <translation>No tracked accounts to backfill. Add an account in Settings first.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Offline mode: the collectors do not connect.</source>
        <translation>Offline mode: the collectors do not connect.</translation>
    </message>
    <message>
        <source>Offline mode: Jetstream cannot be replayed.</source>
        <translation>Offline mode: Jetstream cannot be replayed.</translation>
    </message>
    <message>
        <source>A replay is already running.</source>
        <translation>A replay is already running.</translation>
    </message>
    <message>
        <source>Cannot read the capture file %1.</source>
        <translation>Cannot read the capture file %1.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>The saved session in the keychain is damaged; log in again</source>
        <translation>The saved session in the keychain is damaged; log in again</translation>
    </message>
    <message>
        <source>No session for %1: log in with an app password</source>
        <translation>No session for %1: log in with an app password</translation>
    </message>
    <message>
        <source>The saved session in the keychain belongs to another account</source>
        <translation>The saved session in the keychain belongs to another account</translation>
    </message>
    <message>
        <source>The session of %1 has ended; log in again with an app password</source>
        <translation>The session of %1 has ended; log in again with an app password</translation>
    </message>
    <message>
        <source>The server refreshed a session for another account</source>
        <translation>The server refreshed a session for another account</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Accounts, services, intervals, retention, pacing and appearance.</source>
        <translation>Accounts, services, intervals, retention, pacing and appearance.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Account management is not available in this session.</source>
        <translation>Account management is not available in this session.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Jetstream endpoints, one per line</source>
        <translation>Jetstream endpoints, one per line</translation>
    </message>
    <message>
        <source>AppView URL</source>
        <translation>AppView URL</translation>
    </message>
    <message>
        <source>PLC directory URL</source>
        <translation>PLC directory URL</translation>
    </message>
    <message>
        <source>PDS override URL</source>
        <translation>PDS override URL</translation>
    </message>
    <message>
        <source>empty: the PDS from each account&apos;s DID document</source>
        <translation>empty: the PDS from each account&apos;s DID document</translation>
    </message>
    <message>
        <source>&amp;Jetstream endpoints:</source>
        <translation>&amp;Jetstream endpoints:</translation>
    </message>
    <message>
        <source>&amp;AppView:</source>
        <translation>&amp;AppView:</translation>
    </message>
    <message>
        <source>P&amp;LC directory:</source>
        <translation>P&amp;LC directory:</translation>
    </message>
    <message>
        <source>&amp;PDS override:</source>
        <translation>&amp;PDS override:</translation>
    </message>
    <message>
        <source>Intervals, retention and pacing</source>
        <translation>Intervals, retention and pacing</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation>Health check interval</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Backfill interval</source>
        <translation>Backfill interval</translation>
    </message>
    <message>
        <source>Backup interval</source>
        <translation>Backup interval</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Retention of raw events</source>
        <translation>Retention of raw events</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Rate-limit headroom</source>
        <translation>Rate-limit headroom</translation>
    </message>
    <message>
        <source>Share of the hourly and daily write budget kept free for your own activity.</source>
        <translation>Share of the hourly and daily write budget kept free for your own activity.</translation>
    </message>
    <message>
        <source>&amp;Health checks every:</source>
        <translation>&amp;Health checks every:</translation>
    </message>
    <message>
        <source>&amp;Backfill every:</source>
        <translation>&amp;Backfill every:</translation>
    </message>
    <message>
        <source>Back&amp;up every:</source>
        <translation>Back&amp;up every:</translation>
    </message>
    <message>
        <source>&amp;Keep raw events for:</source>
        <translation>&amp;Keep raw events for:</translation>
    </message>
    <message>
        <source>Pacing: &amp;leave free:</source>
        <translation>Pacing: &amp;leave free:</translation>
    </message>
    <message>
        <source>Appearance and notifications</source>
        <translation>Appearance and notifications</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Show &amp;notifications in the system tray</source>
        <translation>Show &amp;notifications in the system tray</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;nguage:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>%1: unknown setting</source>
        <translation>%1: unknown setting</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No data folder to save settings in.</source>
        <translation>No data folder to save settings in.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>Saved to %1. Service settings apply at the next start.</source>
        <translation>Saved to %1. Service settings apply at the next start.</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>%1

Restore the latest backup (%2)? The damaged file is kept beside it.</source>
        <translation>%1

Restore the latest backup (%2)? The damaged file is kept beside it.</translation>
    </message>
    <message>
        <source>Growth Engine cannot start</source>
        <translation>Growth Engine cannot start</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>The database cannot be opened: %1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Half-open</translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation>Forced open</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Reconnecting (backoff)</source>
        <translation>Reconnecting (backoff)</translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation>Backfilling</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>Replaying</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Jetstream</source>
        <translation>Jetstream</translation>
    </message>
    <message>
        <source>AppView</source>
        <translation>AppView</translation>
    </message>
    <message>
        <source>PLC directory</source>
        <translation>PLC directory</translation>
    </message>
    <message>
        <source>PDS</source>
        <translation>PDS</translation>
    </message>
    <message>
        <source>PDS (%1)</source>
        <translation>PDS (%1)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Keychain</translation>
    </message>
    <message>
        <source>Jetstream collector</source>
        <translation>Jetstream collector</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Backfill %1</source>
        <translation>Backfill %1</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
</context>
<context>
    <name>StatusBandChart</name>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4 to %5</source>
        <translation>%1: %2 %3 from %4 to %5</translation>
    </message>
    <message>
        <source>%1: no check</source>
        <translation>%1: no check</translation>
    </message>
    <message>
        <source>No status history yet.</source>
        <translation>No status history yet.</translation>
    </message>
</context>
<context>
    <name>StatusServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Cannot listen on 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>audit row %1 follows row %2: rows are missing</source>
        <translation>audit row %1 follows row %2: rows are missing</translation>
    </message>
    <message>
        <source>audit row %1 does not link to the previous row</source>
        <translation>audit row %1 does not link to the previous row</translation>
    </message>
    <message>
        <source>audit row %1 was modified (hash mismatch)</source>
        <translation>audit row %1 was modified (hash mismatch)</translation>
    </message>
    <message>
        <source>the audit log ends at row %1 but row %2 was written: rows were deleted</source>
        <translation>the audit log ends at row %1 but row %2 was written: rows were deleted</translation>
    </message>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>Invalid database URL: %1</translation>
    </message>
    <message>
        <source>The sqlite URL names no file</source>
        <translation>The sqlite URL names no file</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database</source>
        <translation>The PostgreSQL URL names no database</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme: %1</source>
        <translation>Unsupported database URL scheme: %1</translation>
    </message>
    <message>
        <source>The write queue is %1% full</source>
        <translation>The write queue is %1% full</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed</source>
        <translation>The Qt SQL driver %1 is not installed</translation>
    </message>
    <message>
        <source>Database file %1 does not exist</source>
        <translation>Database file %1 does not exist</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Cannot create the data folder %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)%3</source>
        <translation>schema version: %1 (this build: %2)%3</translation>
    </message>
    <message>
        <source> — NEWER than this build</source>
        <translation> — NEWER than this build</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <source>foreign keys: %1</source>
        <translation>foreign keys: %1</translation>
    </message>
    <message>
        <source>audit chain: %1 (%2 rows)</source>
        <translation>audit chain: %1 (%2 rows)</translation>
    </message>
    <message>
        <source>%1 row %2 references missing %3</source>
        <translation>%1 row %2 references missing %3</translation>
    </message>
    <message>
        <source>%1 failed validation:
%2</source>
        <translation>%1 failed validation:
%2</translation>
    </message>
    <message>
        <source>%1 is not a Growth Engine database (no schema version)</source>
        <translation>%1 is not a Growth Engine database (no schema version)</translation>
    </message>
    <message>
        <source>Backup file %1 does not exist</source>
        <translation>Backup file %1 does not exist</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made with pg_dump on the server</source>
        <translation>Backups of a PostgreSQL database are made with pg_dump on the server</translation>
    </message>
    <message>
        <source>The SQLite backup API is not available</source>
        <translation>The SQLite backup API is not available</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Cannot create the backup folder %1</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>Cannot create the backup file %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>Cannot start the backup: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1</source>
        <translation>Cannot move the backup into place at %1</translation>
    </message>
    <message>
        <source>Restore applies to the local SQLite database only</source>
        <translation>Restore applies to the local SQLite database only</translation>
    </message>
    <message>
        <source>The backup file is the database itself</source>
        <translation>The backup file is the database itself</translation>
    </message>
    <message>
        <source>The database is in use by Growth Engine (process %1); quit it before restoring</source>
        <translation>The database is in use by Growth Engine (process %1); quit it before restoring</translation>
    </message>
    <message>
        <source>The database is in use (is Growth Engine running?); quit it before restoring</source>
        <translation>The database is in use (is Growth Engine running?); quit it before restoring</translation>
    </message>
    <message>
        <source>Cannot move the current database aside to %1</source>
        <translation>Cannot move the current database aside to %1</translation>
    </message>
    <message>
        <source>Cannot copy the backup into place (disk full?)</source>
        <translation>Cannot copy the backup into place (disk full?)</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Growth Engine (schema %1; this version knows up to %2). Update the app, or restore a backup made by this version.</source>
        <translation>The database was written by a newer version of Growth Engine (schema %1; this version knows up to %2). Update the app, or restore a backup made by this version.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Migration %1 failed and was rolled back: %2</translation>
    </message>
    <message>
        <source>The database refused WAL mode (journal_mode=%1)</source>
        <translation>The database refused WAL mode (journal_mode=%1)</translation>
    </message>
    <message>
        <source>The disk holding the database is full; writing is paused until space is freed</source>
        <translation>The disk holding the database is full; writing is paused until space is freed</translation>
    </message>
    <message>
        <source>The database is read-only (read-only file or directory); writing is paused</source>
        <translation>The database is read-only (read-only file or directory); writing is paused</translation>
    </message>
    <message>
        <source>The database is locked by another program; writing is paused</source>
        <translation>The database is locked by another program; writing is paused</translation>
    </message>
    <message>
        <source>The disk refused a database write (I/O error); writing is paused</source>
        <translation>The disk refused a database write (I/O error); writing is paused</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database</source>
        <translation>The database file is damaged or is not a database</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>The connection to the database server was lost</source>
        <translation>The connection to the database server was lost</translation>
    </message>
    <message>
        <source>A write violated the database schema</source>
        <translation>A write violated the database schema</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Restore from the latest backup: %1</source>
        <translation>Restore from the latest backup: %1</translation>
    </message>
    <message>
        <source>No backup was found to restore from.</source>
        <translation>No backup was found to restore from.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (permissions).</source>
        <translation>The database %1 cannot be read (permissions).</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>The database %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Growth Engine (schema %1; this version knows up to %2). Update the app.</source>
        <translation>The database was written by a newer version of Growth Engine (schema %1; this version knows up to %2). Update the app.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>The database %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The storage writer has stopped</source>
        <translation>The storage writer has stopped</translation>
    </message>
    <message>
        <source>The storage queue is full; pause reading</source>
        <translation>The storage queue is full; pause reading</translation>
    </message>
    <message>
        <source>The storage writer stopped before this action was saved</source>
        <translation>The storage writer stopped before this action was saved</translation>
    </message>
    <message numerus="yes">
        <source>%n queued batch(es) could not be saved before shutdown; their cursor was not advanced, so they will be replayed</source>
        <translation>
            <numerusform>%n queued batch(es) could not be saved before shutdown; their cursor was not advanced, so they will be replayed</numerusform>
            <numerusform>%n queued batch(es) could not be saved before shutdown; their cursor was not advanced, so they will be replayed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 d ago</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>No data for this range yet.</source>
        <translation>No data for this range yet.</translation>
    </message>
    <message>
        <source>%1: %2 points. </source>
        <translation>%1: %2 points. </translation>
    </message>
</context>
<context>
    <name>WebSocketClient</name>
    <message>
        <source>No WebSocket handshake with %1 within %2 ms</source>
        <translation>No WebSocket handshake with %1 within %2 ms</translation>
    </message>
    <message>
        <source>The server did not answer the close frame within %1 ms</source>
        <translation>The server did not answer the close frame within %1 ms</translation>
    </message>
    <message>
        <source>Not a ws:// or wss:// URL: %1</source>
        <translation>Not a ws:// or wss:// URL: %1</translation>
    </message>
    <message>
        <source>The server&apos;s handshake answer is larger than %1 bytes</source>
        <translation>The server&apos;s handshake answer is larger than %1 bytes</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade: %1</source>
        <translation>The server refused the WebSocket upgrade: %1</translation>
    </message>
    <message>
        <source>The server&apos;s upgrade answer lacks &quot;Upgrade: websocket&quot;</source>
        <translation>The server&apos;s upgrade answer lacks &quot;Upgrade: websocket&quot;</translation>
    </message>
    <message>
        <source>The server&apos;s upgrade answer lacks &quot;Connection: Upgrade&quot;</source>
        <translation>The server&apos;s upgrade answer lacks &quot;Connection: Upgrade&quot;</translation>
    </message>
    <message>
        <source>The server&apos;s Sec-WebSocket-Accept does not match the key sent</source>
        <translation>The server&apos;s Sec-WebSocket-Accept does not match the key sent</translation>
    </message>
    <message>
        <source>The server selected a WebSocket extension that was not offered: %1</source>
        <translation>The server selected a WebSocket extension that was not offered: %1</translation>
    </message>
    <message>
        <source>The server selected a subprotocol that was not offered: %1</source>
        <translation>The server selected a subprotocol that was not offered: %1</translation>
    </message>
    <message>
        <source>WebSocket protocol error: %1</source>
        <translation>WebSocket protocol error: %1</translation>
    </message>
    <message>
        <source>WebSocket protocol error: close frame with a one-byte payload</source>
        <translation>WebSocket protocol error: close frame with a one-byte payload</translation>
    </message>
    <message>
        <source>WebSocket protocol error: invalid close code %1</source>
        <translation>WebSocket protocol error: invalid close code %1</translation>
    </message>
    <message>
        <source>WebSocket protocol error: close reason is not valid UTF-8</source>
        <translation>WebSocket protocol error: close reason is not valid UTF-8</translation>
    </message>
    <message>
        <source>Cannot open the WebSocket to %1: %2</source>
        <translation>Cannot open the WebSocket to %1: %2</translation>
    </message>
    <message>
        <source>The WebSocket connection ended without a close frame: %1</source>
        <translation>The WebSocket connection ended without a close frame: %1</translation>
    </message>
</context>
<context>
    <name>XrpcClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid handle</source>
        <translation>&quot;%1&quot; is not a valid handle</translation>
    </message>
</context>
<context>
    <name>ge::app::CompositionRoot</name>
    <message>
        <source>Growth Engine cannot start</source>
        <translation>Growth Engine cannot start</translation>
    </message>
    <message>
        <source>The configuration is invalid; fix it and start again.</source>
        <translation>The configuration is invalid; fix it and start again.</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>The database cannot be opened: %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaign %1</translation>
    </message>
    <message>
        <source>Database writes paused: %1. Collectors wait; nothing committed is lost.</source>
        <translation>Database writes paused: %1. Collectors wait; nothing committed is lost.</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of Growth Engine…
On a large database this can take a few minutes. Nothing is lost if it is interrupted.</source>
        <translation>Upgrading the database for this version of Growth Engine…
On a large database this can take a few minutes. Nothing is lost if it is interrupted.</translation>
    </message>
    <message>
        <source>Growth Engine</source>
        <translation>Growth Engine</translation>
    </message>
</context>
<context>
    <name>ge::atproto</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL</source>
        <translation>The server address &quot;%1&quot; is not a valid URL</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: only HTTPS is allowed, except to this computer (localhost, 127.0.0.0/8, ::1)</source>
        <translation>Refusing plain HTTP to %1: only HTTPS is allowed, except to this computer (localhost, 127.0.0.0/8, ::1)</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot; in %2 (use https)</source>
        <translation>Unsupported URL scheme &quot;%1&quot; in %2 (use https)</translation>
    </message>
</context>
<context>
    <name>ge::atproto::parse</name>
    <message>
        <source>Unexpected response from the server (field %1 %2)</source>
        <translation>Unexpected response from the server (field %1 %2)</translation>
    </message>
    <message>
        <source>The server sent a response that is not valid JSON</source>
        <translation>The server sent a response that is not valid JSON</translation>
    </message>
    <message>
        <source>The server sent a JSON response that is not an object</source>
        <translation>The server sent a JSON response that is not an object</translation>
    </message>
</context>
<context>
    <name>ge::cli</name>
    <message>
        <source>growth-engine account: %1</source>
        <translation>growth-engine account: %1</translation>
    </message>
    <message>
        <source>account add needs exactly one of --password-stdin (own account) or --watch</source>
        <translation>account add needs exactly one of --password-stdin (own account) or --watch</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no password on standard input</translation>
    </message>
    <message>
        <source>warning: this does not look like an app password (xxxx-xxxx-xxxx-xxxx). Create one in Bluesky under Settings → Privacy and security → App passwords; never use your main password.</source>
        <translation>warning: this does not look like an app password (xxxx-xxxx-xxxx-xxxx). Create one in Bluesky under Settings → Privacy and security → App passwords; never use your main password.</translation>
    </message>
    <message>
        <source>growth-engine account add: %1</source>
        <translation>growth-engine account add: %1</translation>
    </message>
    <message>
        <source>Added %1 account %2 (%3), PDS %4</source>
        <translation>Added %1 account %2 (%3), PDS %4</translation>
    </message>
    <message>
        <source>growth-engine account list: %1</source>
        <translation>growth-engine account list: %1</translation>
    </message>
    <message>
        <source>No accounts. Add one with: growth-engine account add HANDLE --password-stdin</source>
        <translation>No accounts. Add one with: growth-engine account add HANDLE --password-stdin</translation>
    </message>
    <message>
        <source>growth-engine account remove: %1</source>
        <translation>growth-engine account remove: %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <source>Read the app password of an own account from standard input.</source>
        <translation>Read the app password of an own account from standard input.</translation>
    </message>
    <message>
        <source>Add a watched account (read-only, no password).</source>
        <translation>Add a watched account (read-only, no password).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: print JSON.</translation>
    </message>
    <message>
        <source>Manage tracked accounts: add, list, remove.</source>
        <translation>Manage tracked accounts: add, list, remove.</translation>
    </message>
    <message>
        <source>missing action (add, list or remove)</source>
        <translation>missing action (add, list or remove)</translation>
    </message>
    <message>
        <source>usage: account add HANDLE --password-stdin | --watch</source>
        <translation>usage: account add HANDLE --password-stdin | --watch</translation>
    </message>
    <message>
        <source>usage: account list [--json]</source>
        <translation>usage: account list [--json]</translation>
    </message>
    <message>
        <source>usage: account remove HANDLE</source>
        <translation>usage: account remove HANDLE</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (use add, list or remove)</source>
        <translation>unknown action &apos;%1&apos; (use add, list or remove)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>--%1 needs a whole number &gt;= %2</source>
        <translation>--%1 needs a whole number &gt;= %2</translation>
    </message>
    <message>
        <source>--max-follow-ratio needs a number &gt; 0</source>
        <translation>--max-follow-ratio needs a number &gt; 0</translation>
    </message>
    <message>
        <source>--min-followers is larger than --max-followers</source>
        <translation>--min-followers is larger than --max-followers</translation>
    </message>
    <message>
        <source>--%1 needs a whole number &gt; 0</source>
        <translation>--%1 needs a whole number &gt; 0</translation>
    </message>
    <message>
        <source>Follow-back plan for %1 (%2)</source>
        <translation>Follow-back plan for %1 (%2)</translation>
    </message>
    <message>
        <source>  followers: %1   follows: %2   candidates: %3</source>
        <translation>  followers: %1   follows: %2   candidates: %3</translation>
    </message>
    <message>
        <source>  points: %1 (%2 per follow)   estimated duration: %3   finish: %4</source>
        <translation>  points: %1 (%2 per follow)   estimated duration: %3   finish: %4</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>handle</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>followers</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>follows</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>posts</translation>
    </message>
    <message>
        <source>avatar</source>
        <translation>avatar</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>did</source>
        <translation>did</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>campaign %1 (%2%3) %4: %5/%6 done [%7]</source>
        <translation>campaign %1 (%2%3) %4: %5/%6 done [%7]</translation>
    </message>
    <message>
        <source>, dry run</source>
        <translation>, dry run</translation>
    </message>
    <message>
        <source> next write %1, pace %2/h, eta %3</source>
        <translation> next write %1, pace %2/h, eta %3</translation>
    </message>
    <message>
        <source>Campaign %1 is being run by another process (pid %2); it continues there.</source>
        <translation>Campaign %1 is being run by another process (pid %2); it continues there.</translation>
    </message>
    <message>
        <source>Paused on request; resume with &apos;growth-engine campaign resume %1&apos;.</source>
        <translation>Paused on request; resume with &apos;growth-engine campaign resume %1&apos;.</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>campaign %1: %2</translation>
    </message>
    <message>
        <source>expected a campaign ID</source>
        <translation>expected a campaign ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a campaign ID</source>
        <translation>&apos;%1&apos; is not a campaign ID</translation>
    </message>
    <message>
        <source>Follow-back campaigns: follow the accounts that follow ACCOUNT and that it does not follow yet.

Actions:
  plan   --account HANDLE [filters] [--json]     preview: candidates, what each filter removed, cost
  run    --account HANDLE [filters] [--dry-run] [--max-per-hour N]
                                                 create the campaign and run it in the foreground
                                                 (no filters: follow back every candidate)
  status ID [--json]                             progress, counts per state, next write, ETA
  pause ID | resume ID | cancel ID               control a campaign (also one running elsewhere)
  resume --account HANDLE                        resume the account&apos;s unfinished campaign
  undo ID                                        delete exactly the follows campaign ID created

Candidates are computed from fresh data (every page of followers and of the account&apos;s follow
records) minus accounts already followed, blocked, muted, unfollowed before on purpose, or in
another unfinished campaign. Writes are paced under the account&apos;s points budget (follow = 3
points; 5000/hour, 35000/day minus the configured headroom) and the server&apos;s RateLimit headers.
Sign-in: the account&apos;s session from &apos;growth-engine account add&apos; (OS keychain).

Exit codes: 0 ok, 1 failed, 2 usage, 3 config, 4 storage, 5 network, 6 auth, 7 no such campaign.</source>
        <translation>Follow-back campaigns: follow the accounts that follow ACCOUNT and that it does not follow yet.

Actions:
  plan   --account HANDLE [filters] [--json]     preview: candidates, what each filter removed, cost
  run    --account HANDLE [filters] [--dry-run] [--max-per-hour N]
                                                 create the campaign and run it in the foreground
                                                 (no filters: follow back every candidate)
  status ID [--json]                             progress, counts per state, next write, ETA
  pause ID | resume ID | cancel ID               control a campaign (also one running elsewhere)
  resume --account HANDLE                        resume the account&apos;s unfinished campaign
  undo ID                                        delete exactly the follows campaign ID created

Candidates are computed from fresh data (every page of followers and of the account&apos;s follow
records) minus accounts already followed, blocked, muted, unfollowed before on purpose, or in
another unfinished campaign. Writes are paced under the account&apos;s points budget (follow = 3
points; 5000/hour, 35000/day minus the configured headroom) and the server&apos;s RateLimit headers.
Sign-in: the account&apos;s session from &apos;growth-engine account add&apos; (OS keychain).

Exit codes: 0 ok, 1 failed, 2 usage, 3 config, 4 storage, 5 network, 6 auth, 7 no such campaign.</translation>
    </message>
    <message>
        <source>missing action (plan, run, status, pause, resume, cancel, undo)</source>
        <translation>missing action (plan, run, status, pause, resume, cancel, undo)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unknown action &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs --account HANDLE</source>
        <translation>%1 needs --account HANDLE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>filters and --dry-run apply to plan and run only</source>
        <translation>filters and --dry-run apply to plan and run only</translation>
    </message>
    <message>
        <source>campaign %1 is %2; nothing to %3</source>
        <translation>campaign %1 is %2; nothing to %3</translation>
    </message>
    <message>
        <source>%1 has no unfinished campaign</source>
        <translation>%1 has no unfinished campaign</translation>
    </message>
    <message>
        <source>Undo of campaign %1 is campaign %2.</source>
        <translation>Undo of campaign %1 is campaign %2.</translation>
    </message>
    <message>
        <source>campaign %1 is %2; nothing to resume</source>
        <translation>campaign %1 is %2; nothing to resume</translation>
    </message>
    <message>
        <source>Campaign %1 started.</source>
        <translation>Campaign %1 started.</translation>
    </message>
    <message>
        <source>No database at %1</source>
        <translation>No database at %1</translation>
    </message>
    <message>
        <source>To restore: growth-engine db restore %1</source>
        <translation>To restore: growth-engine db restore %1</translation>
    </message>
    <message>
        <source>Cannot check the database: %1</source>
        <translation>Cannot check the database: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>database: %1</translation>
    </message>
    <message>
        <source>size: %1 bytes (WAL %2 bytes)</source>
        <translation>size: %1 bytes (WAL %2 bytes)</translation>
    </message>
    <message>
        <source>result: ok</source>
        <translation>result: ok</translation>
    </message>
    <message>
        <source>result: PROBLEMS FOUND</source>
        <translation>result: PROBLEMS FOUND</translation>
    </message>
    <message>
        <source>check: run the full integrity_check instead of quick_check.</source>
        <translation>check: run the full integrity_check instead of quick_check.</translation>
    </message>
    <message>
        <source>check: output JSON.</source>
        <translation>check: output JSON.</translation>
    </message>
    <message>
        <source>Database maintenance.
  check          integrity + foreign keys + audit chain (exit 1 when problems are found)
  backup FILE    online backup, safe while the app runs
  restore FILE   validate FILE, keep the current database aside, install FILE
  vacuum         rebuild the file and give free space back</source>
        <translation>Database maintenance.
  check          integrity + foreign keys + audit chain (exit 1 when problems are found)
  backup FILE    online backup, safe while the app runs
  restore FILE   validate FILE, keep the current database aside, install FILE
  vacuum         rebuild the file and give free space back</translation>
    </message>
    <message>
        <source>missing action: check, backup FILE, restore FILE or vacuum</source>
        <translation>missing action: check, backup FILE, restore FILE or vacuum</translation>
    </message>
    <message>
        <source>&apos;db check&apos; takes no file</source>
        <translation>&apos;db check&apos; takes no file</translation>
    </message>
    <message>
        <source>usage: growth-engine db backup FILE</source>
        <translation>usage: growth-engine db backup FILE</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup written to %1</translation>
    </message>
    <message>
        <source>usage: growth-engine db restore FILE</source>
        <translation>usage: growth-engine db restore FILE</translation>
    </message>
    <message>
        <source>Restore refused: %1</source>
        <translation>Restore refused: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>Restored %1 from %2</translation>
    </message>
    <message>
        <source>The previous database was kept at %1</source>
        <translation>The previous database was kept at %1</translation>
    </message>
    <message>
        <source>&apos;db vacuum&apos; takes no file</source>
        <translation>&apos;db vacuum&apos; takes no file</translation>
    </message>
    <message>
        <source>Vacuum failed: %1</source>
        <translation>Vacuum failed: %1</translation>
    </message>
    <message>
        <source>Vacuum done: %1 → %2 bytes</source>
        <translation>Vacuum done: %1 → %2 bytes</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (check, backup FILE, restore FILE, vacuum)</source>
        <translation>unknown action &apos;%1&apos; (check, backup FILE, restore FILE, vacuum)</translation>
    </message>
    <message>
        <source>Tracked account (handle or DID); repeat for several.</source>
        <translation>Tracked account (handle or DID); repeat for several.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>First day of the period (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD, UTC, inclusive).</source>
        <translation>Last day of the period (YYYY-MM-DD, UTC, inclusive).</translation>
    </message>
    <message>
        <source>Output format: pdf, csv, json or png.</source>
        <translation>Output format: pdf, csv, json or png.</translation>
    </message>
    <message>
        <source>Output file; for csv a folder, or a .zip file holding one CSV per table.</source>
        <translation>Output file; for csv a folder, or a .zip file holding one CSV per table.</translation>
    </message>
    <message>
        <source>Chart for png: followers, new-lost or engagement.</source>
        <translation>Chart for png: followers, new-lost or engagement.</translation>
    </message>
    <message>
        <source>Write a growth report for tracked accounts and a period.</source>
        <translation>Write a growth report for tracked accounts and a period.</translation>
    </message>
    <message>
        <source>--account is required</source>
        <translation>--account is required</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>invalid --from date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>invalid --from date &apos;%1&apos; (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>invalid --to date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>invalid --to date &apos;%1&apos; (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 is after --to %2</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (use pdf, csv, json or png)</source>
        <translation>unknown --format &apos;%1&apos; (use pdf, csv, json or png)</translation>
    </message>
    <message>
        <source>unknown --chart &apos;%1&apos; (use %2)</source>
        <translation>unknown --chart &apos;%1&apos; (use %2)</translation>
    </message>
    <message>
        <source>growth-engine report: cannot write to %1</source>
        <translation>growth-engine report: cannot write to %1</translation>
    </message>
    <message>
        <source>growth-engine report: %1</source>
        <translation>growth-engine report: %1</translation>
    </message>
    <message>
        <source>growth-engine report: no data for %1 between %2 and %3</source>
        <translation>growth-engine report: no data for %1 between %2 and %3</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>ge::cli::CliSession</name>
    <message>
        <source>No session for %1: add it with &apos;growth-engine account add %1&apos; (or set GROWTH_ENGINE_APP_PASSWORD)</source>
        <translation>No session for %1: add it with &apos;growth-engine account add %1&apos; (or set GROWTH_ENGINE_APP_PASSWORD)</translation>
    </message>
    <message>
        <source>Set pds.url for accounts whose DID is not did:plc (%1)</source>
        <translation>Set pds.url for accounts whose DID is not did:plc (%1)</translation>
    </message>
    <message>
        <source>The DID document of %1 names no PDS</source>
        <translation>The DID document of %1 names no PDS</translation>
    </message>
</context>
<context>
    <name>ge::cli::Options</name>
    <message>
        <source>Own account (handle or DID).</source>
        <translation>Own account (handle or DID).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Plan and record what would be followed; write nothing.</source>
        <translation>Plan and record what would be followed; write nothing.</translation>
    </message>
    <message>
        <source>Follow at most N accounts per hour (default: as the points budget allows).</source>
        <translation>Follow at most N accounts per hour (default: as the points budget allows).</translation>
    </message>
    <message>
        <source>Only targets with at least N followers.</source>
        <translation>Only targets with at least N followers.</translation>
    </message>
    <message>
        <source>Only targets with at most N followers.</source>
        <translation>Only targets with at most N followers.</translation>
    </message>
    <message>
        <source>Only targets that have an avatar.</source>
        <translation>Only targets that have an avatar.</translation>
    </message>
    <message>
        <source>Only targets that posted in the last N days.</source>
        <translation>Only targets that posted in the last N days.</translation>
    </message>
    <message>
        <source>Only accounts created at least N days ago.</source>
        <translation>Only accounts created at least N days ago.</translation>
    </message>
    <message>
        <source>Skip targets following more than R times as many accounts as follow them (bots).</source>
        <translation>Skip targets following more than R times as many accounts as follow them (bots).</translation>
    </message>
    <message>
        <source>Never follow this handle or DID (repeatable).</source>
        <translation>Never follow this handle or DID (repeatable).</translation>
    </message>
    <message>
        <source>Skip targets carrying this label (repeatable; &apos;*&apos; = any label).</source>
        <translation>Skip targets carrying this label (repeatable; &apos;*&apos; = any label).</translation>
    </message>
    <message>
        <source>Write points per hour of the account (default 5000; headroom is kept).</source>
        <translation>Write points per hour of the account (default 5000; headroom is kept).</translation>
    </message>
    <message>
        <source>Write points per day of the account (default 35000; headroom is kept).</source>
        <translation>Write points per day of the account (default 35000; headroom is kept).</translation>
    </message>
    <message>
        <source>Print only the final summary.</source>
        <translation>Print only the final summary.</translation>
    </message>
</context>
<context>
    <name>ge::models::AudienceModel</name>
    <message>
        <source>followed</source>
        <translation>followed</translation>
    </message>
    <message>
        <source>unfollowed</source>
        <translation>unfollowed</translation>
    </message>
    <message>
        <source>mutual</source>
        <translation>mutual</translation>
    </message>
    <message>
        <source>follows you</source>
        <translation>follows you</translation>
    </message>
    <message>
        <source>you follow</source>
        <translation>you follow</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
</context>
<context>
    <name>ge::models::BestDaysModel</name>
    <message>
        <source>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</source>
        <translation>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ge::models::BreakerModel</name>
    <message>
        <source>%1 ok · %2 failed · %3 slow · %4 rejected</source>
        <translation>%1 ok · %2 failed · %3 slow · %4 rejected</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Breaker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Failure rate</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Last failure</translation>
    </message>
    <message>
        <source>Half-open in</source>
        <translation>Half-open in</translation>
    </message>
</context>
<context>
    <name>ge::models::CollectorModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collector</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Events/s</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Lag</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconnects</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
</context>
<context>
    <name>ge::models::HealthModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ge::models::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ge::models::StatusHistoryModel</name>
    <message>
        <source>Dependency</source>
        <translation>Dependency</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Cannot read the health history: %1</source>
        <translation>Cannot read the health history: %1</translation>
    </message>
</context>
<context>
    <name>ge::reports::CsvWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Reading follow edges failed</source>
        <translation>Reading follow edges failed</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>cannot create the folder</translation>
    </message>
</context>
<context>
    <name>ge::reports::JsonWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>ge::reports::ReportQuery</name>
    <message>
        <source>Reading report data failed</source>
        <translation>Reading report data failed</translation>
    </message>
    <message>
        <source>%1 is not a Growth Engine database (no table %2)</source>
        <translation>%1 is not a Growth Engine database (no table %2)</translation>
    </message>
    <message>
        <source>No tracked account %1</source>
        <translation>No tracked account %1</translation>
    </message>
    <message>
        <source>Invalid period</source>
        <translation>Invalid period</translation>
    </message>
</context>
<context>
    <name>ge::reports::SqliteReader</name>
    <message>
        <source>Reading the database failed</source>
        <translation>Reading the database failed</translation>
    </message>
</context>
<context>
    <name>ge::reports::ZipWriter</name>
    <message>
        <source>Writing the archive failed</source>
        <translation>Writing the archive failed</translation>
    </message>
    <message>
        <source>File too large for the archive</source>
        <translation>File too large for the archive</translation>
    </message>
</context>
<context>
    <name>ge::ui::MainWindow</name>
    <message>
        <source>Growth Engine</source>
        <translation>Growth Engine</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>Collectors</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Breakers</source>
        <translation>Breakers</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Offline mode: collectors are stopped and network dependencies are not checked. Stored data, charts, reports and replays work as usual.</source>
        <translation>Offline mode: collectors are stopped and network dependencies are not checked. Stored data, charts, reports and replays work as usual.</translation>
    </message>
    <message>
        <source>Jetstream, AppView, PDS and the PLC directory are not contacted. Replay a capture from the Collectors page, or start without --offline to collect.</source>
        <translation>Jetstream, AppView, PDS and the PLC directory are not contacted. Replay a capture from the Collectors page, or start without --offline to collect.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline mode</translation>
    </message>
</context>
<context>
    <name>ge::ui::TrayNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Growth Engine</source>
        <translation>Growth Engine</translation>
    </message>
    <message>
        <source>%1 is unavailable</source>
        <translation>%1 is unavailable</translation>
    </message>
    <message>
        <source>Circuit breaker opened: %1</source>
        <translation>Circuit breaker opened: %1</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 is back</translation>
    </message>
    <message>
        <source>Circuit breaker closed.</source>
        <translation>Circuit breaker closed.</translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation>Campaign finished</translation>
    </message>
    <message>
        <source>Campaign paused</source>
        <translation>Campaign paused</translation>
    </message>
    <message numerus="yes">
        <source>%n new follower(s)</source>
        <translation>
            <numerusform>%n new follower(s)</numerusform>
            <numerusform>%n new follower(s)</numerusform>
        </translation>
    </message>
</context>
</TS>

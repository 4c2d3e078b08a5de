<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
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
        <translation>alice.bsky.social oder did:plc:…</translation>
    </message>
    <message>
        <source>App password: xxxx-xxxx-xxxx-xxxx</source>
        <translation>App-Passwort: xxxx-xxxx-xxxx-xxxx</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>Use an app password (Bluesky → Settings → App passwords), not your main password. It is kept only in the system keychain.</source>
        <translation>Verwenden Sie ein App-Passwort (Bluesky → Einstellungen → App-Passwörter), nicht Ihr Hauptpasswort. Es wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>App-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Add &amp;own account</source>
        <translation>&amp;Eigenes Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Watch account</source>
        <translation>Konto &amp;beobachten</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>⚠ This does not look like an app password (xxxx-xxxx-xxxx-xxxx). Create one in Bluesky → Settings → App passwords.</source>
        <translation>⚠ Das sieht nicht wie ein App-Passwort aus (xxxx-xxxx-xxxx-xxxx). Erstellen Sie eines in Bluesky → Einstellungen → App-Passwörter.</translation>
    </message>
    <message>
        <source>Accounts need the network; the app runs offline.</source>
        <translation>Konten brauchen das Netzwerk; die App läuft offline.</translation>
    </message>
    <message>
        <source>own (can follow)</source>
        <translation>eigenes (kann folgen)</translation>
    </message>
    <message>
        <source>watched (read-only)</source>
        <translation>beobachtet (nur lesend)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Enter the handle and an app password.</source>
        <translation>Geben Sie den Handle und ein App-Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1

Keep the session for this run only? You will have to sign in again after a restart. Nothing is written to disk.</source>
        <translation>%1

Die Sitzung nur für diesen Lauf behalten? Nach einem Neustart müssen Sie sich erneut anmelden. Nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Enter the handle of the account to watch.</source>
        <translation>Geben Sie den Handle des zu beobachtenden Kontos ein.</translation>
    </message>
    <message>
        <source>Resolving %1…</source>
        <translation>%1 wird aufgelöst…</translation>
    </message>
    <message>
        <source>Watching %1 (%2).</source>
        <translation>%1 (%2) wird beobachtet.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto aus.</translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation>Abmeldung…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Logged out; the account is now watched.</source>
        <translation>Abgemeldet; das Konto wird jetzt beobachtet.</translation>
    </message>
    <message>
        <source>Account removed.</source>
        <translation>Konto entfernt.</translation>
    </message>
</context>
<context>
    <name>AccountsService</name>
    <message>
        <source>Login failed: wrong handle or app password (%1)</source>
        <translation>Anmeldung fehlgeschlagen: falscher Handle oder falsches App-Passwort (%1)</translation>
    </message>
    <message>
        <source>No tracked account %1</source>
        <translation>Kein beobachtetes Konto %1</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>Could not read %1 from the database.</source>
        <translation>%1 konnte nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>No database yet at %1.</source>
        <translation>Noch keine Datenbank unter %1.</translation>
    </message>
    <message>
        <source>Could not open the database.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Who follows whom, with profile details. Select people to follow back, open or copy.</source>
        <translation>Wer wem folgt, mit Profildetails. Personen auswählen, um zurückzufolgen, sie zu öffnen oder zu kopieren.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Filter by handle or name…</source>
        <translation>Nach Handle oder Name filtern…</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Audience lists</source>
        <translation>Publikumslisten</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>Mutuals</source>
        <translation>Gegenseitige</translation>
    </message>
    <message>
        <source>Not followed back</source>
        <translation>Nicht zurückgefolgt</translation>
    </message>
    <message>
        <source>You follow, they don&apos;t</source>
        <translation>Du folgst, sie nicht</translation>
    </message>
    <message>
        <source>Recent unfollowers</source>
        <translation>Kürzlich entfolgt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Show all &amp;followers</source>
        <translation>Alle &amp;Follower anzeigen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Follow &amp;back selected</source>
        <translation>Ausgewählten &amp;zurückfolgen</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>Profil ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Copy handles</source>
        <translation>Handles &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy handles</source>
        <translation>Handles kopieren</translation>
    </message>
    <message>
        <source>Open profile in browser</source>
        <translation>Profil im Browser öffnen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>People who followed or unfollowed %1 on %2</source>
        <translation>Personen, die %1 am %2 gefolgt oder entfolgt sind</translation>
    </message>
    <message>
        <source>any tracked account</source>
        <translation>ein beliebiges beobachtetes Konto</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Choose an account to list its audience.</source>
        <translation>Wählen Sie ein Konto, um sein Publikum anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 people · %2 loaded</source>
        <translation>%1 Personen · %2 geladen</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · %1 ausgewählt</translation>
    </message>
</context>
<context>
    <name>Breakers</name>
    <message>
        <source>No breaker named %1.</source>
        <translation>Kein Breaker mit dem Namen %1.</translation>
    </message>
</context>
<context>
    <name>BreakersPage</name>
    <message>
        <source>Breakers</source>
        <translation>Breaker</translation>
    </message>
    <message>
        <source>Circuit breakers per dependency. Operator actions are confirmed and recorded in the audit log.</source>
        <translation>Circuit Breaker je Abhängigkeit. Bedieneraktionen werden bestätigt und im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Circuit breakers</source>
        <translation>Circuit Breaker</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Force open</source>
        <translation>&amp;Erzwungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>Breaker transitions</source>
        <translation>Breaker-Übergänge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Breaker</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Select a breaker first.</source>
        <translation>Wählen Sie zuerst einen Breaker aus.</translation>
    </message>
    <message>
        <source>Breaker controls are not available in this session.</source>
        <translation>Breaker-Steuerung ist in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>Reset breaker %1 to closed? Calls to the dependency resume at once.</source>
        <translation>Breaker %1 auf geschlossen zurücksetzen? Aufrufe der Abhängigkeit werden sofort wieder ausgeführt.</translation>
    </message>
    <message>
        <source>Force breaker %1 open? Every call to the dependency fails fast until it is reset.</source>
        <translation>Breaker %1 erzwungen öffnen? Jeder Aufruf der Abhängigkeit schlägt sofort fehl, bis er zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Disable breaker %1? Calls pass even when the dependency keeps failing.</source>
        <translation>Breaker %1 deaktivieren? Aufrufe gehen durch, auch wenn die Abhängigkeit weiter fehlschlägt.</translation>
    </message>
    <message>
        <source>Confirm breaker action</source>
        <translation>Breaker-Aktion bestätigen</translation>
    </message>
    <message>
        <source>The action is recorded in the audit log.</source>
        <translation>Die Aktion wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>operator action from the dashboard</source>
        <translation>Bedieneraktion aus dem Dashboard</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1: %2 erledigt</translation>
    </message>
</context>
<context>
    <name>CampaignItemsModel</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Follow record</source>
        <translation>Follow-Eintrag</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Aktualisiert (UTC)</translation>
    </message>
</context>
<context>
    <name>CampaignTargetsModel</name>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
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
        <translation>Follower</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
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
        <translation>Probelauf: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Only a follow-back campaign that ran can be undone</source>
        <translation>Nur eine Follow-back-Kampagne, die gelaufen ist, kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Campaign %1 is still running; pause or cancel it before undoing it</source>
        <translation>Kampagne %1 läuft noch; pausieren oder abbrechen Sie sie, bevor Sie sie rückgängig machen</translation>
    </message>
    <message>
        <source>Campaign %1 is already being undone by campaign %2</source>
        <translation>Kampagne %1 wird bereits von Kampagne %2 rückgängig gemacht</translation>
    </message>
    <message>
        <source>paused by the user</source>
        <translation>vom Benutzer pausiert</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>gave up after %1 attempts</source>
        <translation>nach %1 Versuchen aufgegeben</translation>
    </message>
    <message>
        <source>The points budget is smaller than one follow</source>
        <translation>Das Punktebudget reicht nicht für einen Follow</translation>
    </message>
    <message>
        <source>no follow record to delete</source>
        <translation>kein Follow-Eintrag zum Löschen</translation>
    </message>
    <message>
        <source>Paused: the account&apos;s session failed (%1)</source>
        <translation>Pausiert: Die Sitzung des Kontos ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>not in the selection</source>
        <translation>nicht in der Auswahl</translation>
    </message>
    <message>
        <source>the account itself</source>
        <translation>das Konto selbst</translation>
    </message>
    <message>
        <source>already followed</source>
        <translation>bereits gefolgt</translation>
    </message>
    <message>
        <source>blocked (either way)</source>
        <translation>blockiert (in einer Richtung)</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>unfollowed before on purpose</source>
        <translation>früher absichtlich entfolgt</translation>
    </message>
    <message>
        <source>in another unfinished campaign</source>
        <translation>in einer anderen nicht beendeten Kampagne</translation>
    </message>
    <message>
        <source>on the exclude list</source>
        <translation>auf der Ausschlussliste</translation>
    </message>
    <message>
        <source>too few followers</source>
        <translation>zu wenige Follower</translation>
    </message>
    <message>
        <source>too many followers</source>
        <translation>zu viele Follower</translation>
    </message>
    <message>
        <source>no avatar</source>
        <translation>kein Avatar</translation>
    </message>
    <message>
        <source>follows/followers ratio too high</source>
        <translation>Verhältnis Gefolgt/Follower zu hoch</translation>
    </message>
    <message>
        <source>account too young</source>
        <translation>Konto zu jung</translation>
    </message>
    <message>
        <source>carries an excluded label</source>
        <translation>trägt ein ausgeschlossenes Label</translation>
    </message>
    <message>
        <source>no recent post</source>
        <translation>kein aktueller Beitrag</translation>
    </message>
    <message>
        <source>Stored campaign filters are not valid JSON</source>
        <translation>Gespeicherte Kampagnenfilter sind kein gültiges JSON</translation>
    </message>
    <message>
        <source>Another process (pid %1) is running campaigns for this account</source>
        <translation>Ein anderer Prozess (PID %1) führt Kampagnen für dieses Konto aus</translation>
    </message>
    <message>
        <source>Database not open</source>
        <translation>Datenbank nicht geöffnet</translation>
    </message>
    <message>
        <source>Campaign storage failed: %1</source>
        <translation>Speichern der Kampagne fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No campaign with id %1</source>
        <translation>Keine Kampagne mit der ID %1</translation>
    </message>
    <message>
        <source>Campaign item %1 not found</source>
        <translation>Kampagneneintrag %1 nicht gefunden</translation>
    </message>
    <message>
        <source>hourly points budget spent; waiting for it to refill</source>
        <translation>Stündliches Punktebudget aufgebraucht; warte auf Auffüllung</translation>
    </message>
    <message>
        <source>daily points budget spent; waiting for it to refill</source>
        <translation>Tägliches Punktebudget aufgebraucht; warte auf Auffüllung</translation>
    </message>
    <message>
        <source>keeping the chosen pace</source>
        <translation>halte das gewählte Tempo</translation>
    </message>
    <message>
        <source>server rate limit nearly reached; waiting for its reset</source>
        <translation>Ratenlimit des Servers fast erreicht; warte auf dessen Zurücksetzung</translation>
    </message>
    <message>
        <source>server asked to retry later</source>
        <translation>Server bittet, es später erneut zu versuchen</translation>
    </message>
    <message>
        <source>No AT Protocol client</source>
        <translation>Kein AT-Protocol-Client</translation>
    </message>
    <message>
        <source>%1 is not the signed-in account %2</source>
        <translation>%1 ist nicht das angemeldete Konto %2</translation>
    </message>
    <message>
        <source>The AT Protocol client is not running</source>
        <translation>Der AT-Protocol-Client läuft nicht</translation>
    </message>
    <message>
        <source>%1 is not an own account; add it in Settings first</source>
        <translation>%1 ist kein eigenes Konto; fügen Sie es zuerst in den Einstellungen hinzu</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Follow-back campaigns: preview, dry run, run, pause, resume, cancel, undo.</source>
        <translation>Follow-back-Kampagnen: Vorschau, Probelauf, Start, Pause, Fortsetzen, Abbrechen, Rückgängig.</translation>
    </message>
    <message>
        <source>Plan a follow-back</source>
        <translation>Follow-back planen</translation>
    </message>
    <message>
        <source>own account handle, e.g. alice.bsky.social</source>
        <translation>Handle des eigenen Kontos, z. B. alice.bsky.social</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Minimum followers:</source>
        <translation>Mindestens Follower:</translation>
    </message>
    <message>
        <source>Maximum followers:</source>
        <translation>Höchstens Follower:</translation>
    </message>
    <message>
        <source>Has an avatar</source>
        <translation>Hat einen Avatar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Posted within:</source>
        <translation>Gepostet innerhalb von:</translation>
    </message>
    <message>
        <source>Account older than:</source>
        <translation>Konto älter als:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Skip accounts that follow more than this many times as many accounts as follow them.</source>
        <translation>Konten überspringen, die mehr als so viele Male so vielen Konten folgen, wie ihnen folgen.</translation>
    </message>
    <message>
        <source>Max follows/followers:</source>
        <translation>Max. Gefolgt/Follower:</translation>
    </message>
    <message>
        <source>handles or DIDs, comma separated</source>
        <translation>Handles oder DIDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <source>labels, comma separated; * = any label</source>
        <translation>Labels, durch Kommas getrennt; * = jedes Label</translation>
    </message>
    <message>
        <source>Exclude labels:</source>
        <translation>Labels ausschließen:</translation>
    </message>
    <message>
        <source>as the budget allows</source>
        <translation>so schnell das Budget erlaubt</translation>
    </message>
    <message>
        <source> / hour</source>
        <translation> / Stunde</translation>
    </message>
    <message>
        <source>Maximum pace:</source>
        <translation>Höchsttempo:</translation>
    </message>
    <message>
        <source>all followers</source>
        <translation>alle Follower</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Start campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>Removed by</source>
        <translation>Entfernt durch</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Preview a plan to see the candidates, the points it costs and how long it takes.</source>
        <translation>Erstellen Sie eine Vorschau, um die Kandidaten, die Punktekosten und die Dauer zu sehen.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Campaigns are not available (no database or network service).</source>
        <translation>Kampagnen sind nicht verfügbar (keine Datenbank oder kein Netzwerkdienst).</translation>
    </message>
    <message>
        <source>Planning failed: %1</source>
        <translation>Planung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Dry run recorded as campaign %1: nothing was written.</source>
        <translation>Probelauf als Kampagne %1 gespeichert: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Campaign %1 started.</source>
        <translation>Kampagne %1 gestartet.</translation>
    </message>
    <message>
        <source>undo of %1</source>
        <translation>Rückgängigmachen von %1</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>follow-back</source>
        <translation>Follow-back</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 (%4)</source>
        <translation>#%1 %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Campaign error: %1</source>
        <translation>Kampagnenfehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected account(s) from the Audience page</source>
        <translation>
            <numerusform>%n ausgewähltes Konto von der Seite Publikum</numerusform>
            <numerusform>%n ausgewählte Konten von der Seite Publikum</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the account to plan for.</source>
        <translation>Geben Sie das Konto ein, für das geplant werden soll.</translation>
    </message>
    <message>
        <source>The minimum followers are above the maximum.</source>
        <translation>Die Mindestzahl an Followern liegt über der Höchstzahl.</translation>
    </message>
    <message>
        <source>Reading every page of followers and follows…</source>
        <translation>Alle Seiten der Follower und Gefolgten werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Follow back up to %n account(s) from %1? The list is refreshed before the first follow.</source>
        <translation>
            <numerusform>Bis zu %n Konto von %1 zurückfolgen? Die Liste wird vor dem ersten Follow aktualisiert.</numerusform>
            <numerusform>Bis zu %n Konten von %1 zurückfolgen? Die Liste wird vor dem ersten Follow aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo campaign</source>
        <translation>Kampagne rückgängig machen</translation>
    </message>
    <message>
        <source>Delete the follow records campaign %1 created (and only those)? This is paced like any campaign.</source>
        <translation>Die Follow-Einträge löschen, die Kampagne %1 erstellt hat (und nur diese)? Das läuft im Tempo wie jede Kampagne.</translation>
    </message>
    <message>
        <source>%1 followers, %2 already followed or excluded; %3 candidates. Cost: %4 points (%5 per follow). Estimated duration under the current budget and pace: %6 (finish %7).</source>
        <translation>%1 Follower, %2 bereits gefolgt oder ausgeschlossen; %3 Kandidaten. Kosten: %4 Punkte (%5 je Follow). Geschätzte Dauer mit dem aktuellen Budget und Tempo: %6 (fertig %7).</translation>
    </message>
    <message>
        <source>%1 of %2 (%p%)</source>
        <translation>%1 von %2 (%p %)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State: %1%2. %3</source>
        <translation>Zustand: %1%2. %3</translation>
    </message>
    <message>
        <source>Next allowed write: %1 · pace: %2/h · ETA: %3%4</source>
        <translation>Nächster erlaubter Schreibvorgang: %1 · Tempo: %2/h · voraussichtlich fertig: %3%4</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Beendet %1</translation>
    </message>
</context>
<context>
    <name>CircuitBreaker</name>
    <message>
        <source>%1 is unavailable after repeated failures; next try in %2 s</source>
        <translation>%1 ist nach wiederholten Fehlern nicht verfügbar; nächster Versuch in %2 s</translation>
    </message>
    <message>
        <source>%1 was switched off by the operator</source>
        <translation>%1 wurde vom Bediener abgeschaltet</translation>
    </message>
    <message>
        <source>%1 is recovering; a trial call is in progress</source>
        <translation>%1 erholt sich; ein Probeaufruf läuft</translation>
    </message>
    <message>
        <source>%1 is unavailable</source>
        <translation>%1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>slow call: %1 ms (threshold %2 ms)</source>
        <translation>langsamer Aufruf: %1 ms (Schwelle %2 ms)</translation>
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
        <translation>Verwendung: &apos;growth-engine %1 --help&apos; ausführen.</translation>
    </message>
    <message>
        <source>growth-engine: unknown subcommand &apos;%1&apos;</source>
        <translation>growth-engine: unbekannter Unterbefehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Growth Engine: a dashboard for growing Bluesky accounts.</source>
        <translation>Growth Engine: ein Dashboard zum Wachstum von Bluesky-Konten.</translation>
    </message>
    <message>
        <source>Optional subcommand; without one the window opens.</source>
        <translation>Optionaler Unterbefehl; ohne ihn öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>growth-engine: %1</source>
        <translation>growth-engine: %1</translation>
    </message>
    <message>
        <source>Run &apos;growth-engine --help&apos; for usage.</source>
        <translation>Verwendung: &apos;growth-engine --help&apos; ausführen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Verwendung: %1</translation>
    </message>
</context>
<context>
    <name>CollectorBridge</name>
    <message>
        <source>Writer queue full: reading paused</source>
        <translation>Schreibwarteschlange voll: Lesen pausiert</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>Unknown collector %1</source>
        <translation>Unbekannter Sammler %1</translation>
    </message>
</context>
<context>
    <name>Collectors</name>
    <message>
        <source>The database writer is not keeping up.</source>
        <translation>Der Datenbank-Schreiber kommt nicht hinterher.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The zstd dictionary could not be loaded.</source>
        <translation>Das zstd-Wörterbuch konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>A compressed message exceeds %1 bytes.</source>
        <translation>Eine komprimierte Nachricht überschreitet %1 Byte.</translation>
    </message>
    <message>
        <source>A compressed message is corrupt: %1</source>
        <translation>Eine komprimierte Nachricht ist beschädigt: %1</translation>
    </message>
    <message>
        <source>A compressed message is truncated.</source>
        <translation>Eine komprimierte Nachricht ist abgeschnitten.</translation>
    </message>
    <message>
        <source>A compressed message has trailing data.</source>
        <translation>Eine komprimierte Nachricht hat überzählige Daten.</translation>
    </message>
</context>
<context>
    <name>CollectorsPage</name>
    <message>
        <source>Collectors</source>
        <translation>Sammler</translation>
    </message>
    <message>
        <source>Live event streams and backfills: throughput, lag, queue and progress.</source>
        <translation>Live-Ereignisströme und Backfills: Durchsatz, Verzögerung, Warteschlange und Fortschritt.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Replay last</source>
        <translation>Letzte &amp;wiederholen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Replay hours</source>
        <translation>Stunden wiederholen</translation>
    </message>
    <message>
        <source>Collector controls are not available in this session.</source>
        <translation>Sammler-Steuerung ist in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>Events per second, last 10 minutes</source>
        <translation>Ereignisse pro Sekunde, letzte 10 Minuten</translation>
    </message>
    <message>
        <source>No collector is running.</source>
        <translation>Kein Sammler läuft.</translation>
    </message>
    <message>
        <source>%1: %2 requested</source>
        <translation>%1: %2 angefordert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replay &amp;file…</source>
        <translation>&amp;Datei wiederholen…</translation>
    </message>
    <message>
        <source>Feed a Jetstream capture (one JSON event per line) through the collectors; works offline.</source>
        <translation>Einen Jetstream-Mitschnitt (ein JSON-Ereignis pro Zeile) durch die Sammler schicken; funktioniert offline.</translation>
    </message>
    <message>
        <source>Replay a Jetstream capture</source>
        <translation>Einen Jetstream-Mitschnitt wiederholen</translation>
    </message>
    <message>
        <source>Jetstream captures (*.jsonl *.json);;All files (*)</source>
        <translation>Jetstream-Mitschnitte (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replaying %1…</source>
        <translation>%1 wird wiederholt…</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>%n line(s) could not be read.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the configuration and list every problem</source>
        <translation>Konfiguration prüfen und jedes Problem auflisten</translation>
    </message>
    <message>
        <source>Check every dependency once; exit 0 only when all are UP</source>
        <translation>Jede Abhängigkeit einmal prüfen; Exit-Code 0 nur, wenn alle UP sind</translation>
    </message>
    <message>
        <source>Feed a Jetstream capture (JSON lines) through the collectors</source>
        <translation>Einen Jetstream-Mitschnitt (JSON-Zeilen) durch die Sammler schicken</translation>
    </message>
    <message>
        <source>Run the collectors headless until stopped</source>
        <translation>Die Sammler ohne Oberfläche laufen lassen, bis sie gestoppt werden</translation>
    </message>
    <message>
        <source>Add (own: --password-stdin, watched: --watch), list or remove tracked accounts</source>
        <translation>Beobachtete Konten hinzufügen (eigene: --password-stdin, beobachtete: --watch), auflisten oder entfernen</translation>
    </message>
    <message>
        <source>Database check, backup FILE, restore FILE, vacuum</source>
        <translation>Datenbank prüfen, backup DATEI, restore DATEI, vacuum</translation>
    </message>
    <message>
        <source>Write a PDF, CSV, JSON or PNG report for accounts and a period</source>
        <translation>Einen PDF-, CSV-, JSON- oder PNG-Bericht für Konten und einen Zeitraum schreiben</translation>
    </message>
    <message>
        <source>Plan, run, pause, resume, cancel or undo follow-back campaigns</source>
        <translation>Follow-back-Kampagnen planen, starten, pausieren, fortsetzen, abbrechen oder rückgängig machen</translation>
    </message>
    <message>
        <source>Subcommands (run headless):</source>
        <translation>Unterbefehle (laufen ohne Oberfläche):</translation>
    </message>
    <message>
        <source>Run &apos;growth-engine COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;growth-engine BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>List every configuration key.</source>
        <translation>Jeden Konfigurationsschlüssel auflisten.</translation>
    </message>
    <message>
        <source>Output JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Check the configuration and list every problem.</source>
        <translation>Konfiguration prüfen und jedes Problem auflisten.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Configuration is valid.</source>
        <translation>Die Konfiguration ist gültig.</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>Datenverzeichnis: %1</translation>
    </message>
    <message>
        <source>Config file: %1</source>
        <translation>Konfigurationsdatei: %1</translation>
    </message>
    <message>
        <source>(none, defaults)</source>
        <translation>(keine, Standardwerte)</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot migrate the database: %1</source>
        <translation>Die Datenbank kann nicht migriert werden: %1</translation>
    </message>
    <message>
        <source>Unknown handle &apos;%1&apos;: give the account&apos;s DID (did:plc:…) or add the account first.</source>
        <translation>Unbekanntes Handle &apos;%1&apos;: Geben Sie die DID des Kontos an (did:plc:…) oder fügen Sie das Konto zuerst hinzu.</translation>
    </message>
    <message>
        <source>Cannot register tracked account %1</source>
        <translation>Beobachtetes Konto %1 kann nicht eingetragen werden</translation>
    </message>
    <message>
        <source>Cannot read the collector state: %1</source>
        <translation>Der Zustand der Sammler kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database writer did not start.</source>
        <translation>Der Datenbank-Schreiber ist nicht gestartet.</translation>
    </message>
    <message>
        <source>Account to track (DID, or a handle already known). Repeatable.</source>
        <translation>Zu beobachtendes Konto (DID oder ein bereits bekanntes Handle). Wiederholbar.</translation>
    </message>
    <message>
        <source>HANDLE_OR_DID</source>
        <translation>HANDLE_ODER_DID</translation>
    </message>
    <message>
        <source>Feed a Jetstream capture (one event per line) through the collector&apos;s parser, filter and writer.</source>
        <translation>Einen Jetstream-Mitschnitt (ein Ereignis pro Zeile) durch Parser, Filter und Schreiber des Sammlers schicken.</translation>
    </message>
    <message>
        <source>replay takes exactly one FILE.jsonl</source>
        <translation>replay erwartet genau eine DATEI.jsonl</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database writer did not finish in time.</source>
        <translation>Der Datenbank-Schreiber ist nicht rechtzeitig fertig geworden.</translation>
    </message>
    <message>
        <source>replayed %1: lines=%2 events=%3 matched=%4 ignored=%5 control=%6 unreadable=%7</source>
        <translation>wiedergegeben %1: Zeilen=%2 Ereignisse=%3 passend=%4 ignoriert=%5 Steuerung=%6 unlesbar=%7</translation>
    </message>
    <message>
        <source>stored: new_follows=%1 unfollows=%2 unattributed_unfollows=%3 engagements=%4 duplicates=%5 failed_batches=%6</source>
        <translation>gespeichert: neue_Follows=%1 Entfolgungen=%2 nicht_zugeordnete_Entfolgungen=%3 Interaktionen=%4 Duplikate=%5 fehlgeschlagene_Stapel=%6</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: until SIGINT/SIGTERM).</source>
        <translation>Nach so vielen Sekunden beenden (Standard: bis SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Also track this account (DID, or a handle already known). Repeatable.</source>
        <translation>Dieses Konto zusätzlich beobachten (DID oder ein bereits bekanntes Handle). Wiederholbar.</translation>
    </message>
    <message>
        <source>Only stream from Jetstream; do not crawl followers and follows.</source>
        <translation>Nur von Jetstream lesen; Follower und Gefolgte nicht abrufen.</translation>
    </message>
    <message>
        <source>Run the collectors headless until stopped (Jetstream live, and the backfill crawl of accounts never crawled, then on its schedule); everything read is committed.</source>
        <translation>Die Sammler ohne Oberfläche laufen lassen, bis sie gestoppt werden (Jetstream live und der Nachlade-Abruf noch nie abgerufener Konten, danach nach Zeitplan); alles Gelesene wird gespeichert.</translation>
    </message>
    <message>
        <source>--duration needs a positive number of seconds</source>
        <translation>--duration braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>backfilled %1: followers=%2 follows=%3 unfollows_found=%4</source>
        <translation>nachgeladen %1: Follower=%2 Gefolgte=%3 gefundene_Entfolgungen=%4</translation>
    </message>
    <message>
        <source>collected: </source>
        <translation>gesammelt: </translation>
    </message>
    <message>
        <source>stored: new_follows=%1 unfollows=%2 engagements=%3 failed_batches=%4</source>
        <translation>gespeichert: neue_Follows=%1 Entfolgungen=%2 Interaktionen=%3 fehlgeschlagene_Stapel=%4</translation>
    </message>
</context>
<context>
    <name>ConfigKeys</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>keine gültige absolute URL</translation>
    </message>
    <message>
        <source>scheme must be one of: %1</source>
        <translation>Schema muss eines davon sein: %1</translation>
    </message>
    <message>
        <source>plain %1 is only allowed for loopback hosts (localhost, 127.0.0.0/8, ::1); use %2</source>
        <translation>unverschlüsseltes %1 ist nur für Loopback-Hosts erlaubt (localhost, 127.0.0.0/8, ::1); verwenden Sie %2</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>out of range %1…%2</source>
        <translation>außerhalb des Bereichs %1…%2</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a boolean (true/false, yes/no, 1/0, on/off)</source>
        <translation>kein Wahrheitswert (true/false, yes/no, 1/0, on/off)</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss eines davon sein: %1</translation>
    </message>
    <message>
        <source>Comma-separated Jetstream subscribe URLs (wss://…/subscribe), tried in order</source>
        <translation>Durch Kommas getrennte Jetstream-Subscribe-URLs (wss://…/subscribe), der Reihe nach versucht</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>at least one endpoint is required</source>
        <translation>mindestens ein Endpunkt ist erforderlich</translation>
    </message>
    <message>
        <source>Bluesky AppView base URL for public reads</source>
        <translation>Basis-URL der Bluesky-AppView für öffentliche Abfragen</translation>
    </message>
    <message>
        <source>PLC directory base URL</source>
        <translation>Basis-URL des PLC-Verzeichnisses</translation>
    </message>
    <message>
        <source>Override of the PDS found in the account&apos;s DID document (empty: none)</source>
        <translation>Ersetzt den PDS aus dem DID-Dokument des Kontos (leer: keiner)</translation>
    </message>
    <message>
        <source>Database: empty for the local SQLite file, or postgresql://user@host:port/dbname</source>
        <translation>Datenbank: leer für die lokale SQLite-Datei oder postgresql://benutzer@host:port/dbname</translation>
    </message>
    <message>
        <source>must be empty, sqlite:///path/file.sqlite or postgresql://user@host:port/dbname</source>
        <translation>muss leer, sqlite:///pfad/datei.sqlite oder postgresql://benutzer@host:port/dbname sein</translation>
    </message>
    <message>
        <source>Ask Jetstream for zstd-compressed frames</source>
        <translation>Von Jetstream zstd-komprimierte Frames anfordern</translation>
    </message>
    <message>
        <source>Seconds to rewind the cursor on reconnect</source>
        <translation>Sekunden, um die der Cursor beim Neuverbinden zurückgesetzt wird</translation>
    </message>
    <message>
        <source>Hours between scheduled backfill crawls</source>
        <translation>Stunden zwischen geplanten Backfill-Durchläufen</translation>
    </message>
    <message>
        <source>HTTP connect timeout in milliseconds</source>
        <translation>HTTP-Verbindungs-Timeout in Millisekunden</translation>
    </message>
    <message>
        <source>HTTP total (transfer) timeout in milliseconds</source>
        <translation>HTTP-Gesamt-Timeout (Übertragung) in Millisekunden</translation>
    </message>
    <message>
        <source>Seconds of silence before a WebSocket counts as stalled</source>
        <translation>Sekunden ohne Daten, nach denen ein WebSocket als hängend gilt</translation>
    </message>
    <message>
        <source>Consecutive failures that open a circuit breaker</source>
        <translation>Aufeinanderfolgende Fehler, die einen Circuit Breaker öffnen</translation>
    </message>
    <message>
        <source>Failure rate (0–1) over the window that opens a breaker</source>
        <translation>Fehlerquote (0–1) im Fenster, die einen Breaker öffnet</translation>
    </message>
    <message>
        <source>Calls in the breaker&apos;s sliding window</source>
        <translation>Aufrufe im gleitenden Fenster des Breakers</translation>
    </message>
    <message>
        <source>Seconds a breaker stays open before a trial call</source>
        <translation>Sekunden, die ein Breaker vor einem Probeaufruf offen bleibt</translation>
    </message>
    <message>
        <source>Trial calls permitted while half-open</source>
        <translation>Erlaubte Probeaufrufe im halb offenen Zustand</translation>
    </message>
    <message>
        <source>Attempts per call including the first</source>
        <translation>Versuche je Aufruf einschließlich des ersten</translation>
    </message>
    <message>
        <source>First retry delay in milliseconds (full jitter)</source>
        <translation>Erste Wartezeit vor einem erneuten Versuch in Millisekunden (voller Jitter)</translation>
    </message>
    <message>
        <source>Largest retry delay in milliseconds</source>
        <translation>Längste Wartezeit vor einem erneuten Versuch in Millisekunden</translation>
    </message>
    <message>
        <source>Share of the write budget left for your own activity (0–0.9)</source>
        <translation>Anteil des Schreibbudgets, der für Ihre eigene Aktivität bleibt (0–0,9)</translation>
    </message>
    <message>
        <source>Seconds between health probes</source>
        <translation>Sekunden zwischen Zustandsprüfungen</translation>
    </message>
    <message>
        <source>Days of raw events to keep (aggregates are kept forever)</source>
        <translation>Tage, die Rohereignisse aufbewahrt werden (Aggregate bleiben für immer)</translation>
    </message>
    <message>
        <source>Hours between automatic database backups (0: off)</source>
        <translation>Stunden zwischen automatischen Datenbanksicherungen (0: aus)</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Aufzubewahrende automatische Sicherungen</translation>
    </message>
    <message>
        <source>Start without any network access</source>
        <translation>Ohne jeden Netzwerkzugriff starten</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>Loopback port for /health and /metrics (0: off)</source>
        <translation>Loopback-Port für /health und /metrics (0: aus)</translation>
    </message>
    <message>
        <source>User interface language (empty: system)</source>
        <translation>Sprache der Oberfläche (leer: System)</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Show tray notifications</source>
        <translation>Benachrichtigungen im Infobereich anzeigen</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>Set %1 to a number between %2 and %3.</source>
        <translation>Setzen Sie %1 auf eine Zahl zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>Set %1 to true or false.</source>
        <translation>Setzen Sie %1 auf true oder false.</translation>
    </message>
    <message>
        <source>Set %1 to an absolute %2 URL.</source>
        <translation>Setzen Sie %1 auf eine absolute %2-URL.</translation>
    </message>
    <message>
        <source>Set %1 to one of: %2.</source>
        <translation>Setzen Sie %1 auf einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>See `growth-engine validate-config --keys`.</source>
        <translation>Siehe `growth-engine validate-config --keys`.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message numerus="yes">
        <source>The configuration has %n problem(s):</source>
        <translation>
            <numerusform>Die Konfiguration hat %n Problem:</numerusform>
            <numerusform>Die Konfiguration hat %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>Remove it; `growth-engine validate-config --keys` lists valid keys.</source>
        <translation>Entfernen Sie ihn; `growth-engine validate-config --keys` listet die gültigen Schlüssel.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>the INI file cannot be parsed</source>
        <translation>die INI-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Check the file&apos;s [section] and key=value syntax.</source>
        <translation>Prüfen Sie die [Abschnitt]- und Schlüssel=Wert-Syntax der Datei.</translation>
    </message>
    <message>
        <source>Check that the file exists and is readable.</source>
        <translation>Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Fix the JSON syntax, or use an .ini file.</source>
        <translation>Korrigieren Sie die JSON-Syntax oder verwenden Sie eine .ini-Datei.</translation>
    </message>
    <message>
        <source>data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>the data directory cannot be created or is not writable</source>
        <translation>das Datenverzeichnis kann nicht angelegt werden oder ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Pass --data-dir with a writable folder, or fix its permissions.</source>
        <translation>Geben Sie mit --data-dir einen beschreibbaren Ordner an oder korrigieren Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>Pass the path of an existing .json or .ini file.</source>
        <translation>Geben Sie den Pfad einer vorhandenen .json- oder .ini-Datei an.</translation>
    </message>
    <message>
        <source>why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>fix:</source>
        <translation>Abhilfe:</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No saved credentials for %1</source>
        <translation>Keine gespeicherten Zugangsdaten für %1</translation>
    </message>
    <message>
        <source>memory (this run only)</source>
        <translation>Arbeitsspeicher (nur dieser Lauf)</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>Data directory (database, logs, backups).</source>
        <translation>Datenverzeichnis (Datenbank, Protokolle, Sicherungen).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Configuration file (.json or .ini).</source>
        <translation>Konfigurationsdatei (.json oder .ini).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Start without any network access.</source>
        <translation>Ohne jeden Netzwerkzugriff starten.</translation>
    </message>
    <message>
        <source>Log level: debug, info, warning, critical.</source>
        <translation>Protokollstufe: debug, info, warning, critical.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Jetstream endpoints, comma-separated.</source>
        <translation>Jetstream-Endpunkte, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>URL[,URL...]</source>
        <translation>URL[,URL...]</translation>
    </message>
    <message>
        <source>AppView base URL.</source>
        <translation>Basis-URL des AppView.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>PLC directory base URL.</source>
        <translation>Basis-URL des PLC-Verzeichnisses.</translation>
    </message>
    <message>
        <source>PDS base URL (overrides the DID document).</source>
        <translation>Basis-URL des PDS (überschreibt das DID-Dokument).</translation>
    </message>
    <message>
        <source>Database URL: postgresql://user@host:port/db (default: local SQLite).</source>
        <translation>Datenbank-URL: postgresql://benutzer@host:port/db (Standard: lokales SQLite).</translation>
    </message>
    <message>
        <source>Serve /health and /metrics on 127.0.0.1:PORT.</source>
        <translation>/health und /metrics auf 127.0.0.1:PORT anbieten.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>User interface language (en, de).</source>
        <translation>Sprache der Oberfläche (en, de).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
</context>
<context>
    <name>GrowthPage</name>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Followers over time, new and lost per day, engagement. Click a day to see the people behind it.</source>
        <translation>Follower im Zeitverlauf, neue und verlorene pro Tag, Interaktionen. Klicken Sie auf einen Tag, um die Personen dahinter zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>&amp;Compare accounts</source>
        <translation>Konten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare accounts</source>
        <translation>Konten vergleichen</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 T</translation>
    </message>
    <message>
        <source>365 d</source>
        <translation>365 T</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Export PNG…</source>
        <translation>PNG &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>New and lost followers per day</source>
        <translation>Neue und verlorene Follower pro Tag</translation>
    </message>
    <message>
        <source>Engagement per day</source>
        <translation>Interaktionen pro Tag</translation>
    </message>
    <message>
        <source>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</source>
        <translation>Interaktionswert = Likes + 2 × Reposts + 3 × Antworten + 2 × Zitate</translation>
    </message>
    <message>
        <source>Best days in this range</source>
        <translation>Beste Tage in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Best days</source>
        <translation>Beste Tage</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>No tracked accounts yet. Add one in Settings.</source>
        <translation>Noch keine beobachteten Konten. Fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No database connected.</source>
        <translation>Keine Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1
New: %2
Lost: %3
Net: %4
Click to see who</source>
        <translation>%1
Neu: %2
Verloren: %3
Saldo: %4
Klicken, um die Personen zu sehen</translation>
    </message>
    <message>
        <source>%1
Score: %2
Likes: %3 · Reposts: %4
Replies: %5 · Quotes: %6</source>
        <translation>%1
Wert: %2
Likes: %3 · Reposts: %4
Antworten: %5 · Zitate: %6</translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message>
        <source>no database yet at %1</source>
        <translation>noch keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>Output JSON (the same document as the status port&apos;s /health).</source>
        <translation>JSON ausgeben (dasselbe Dokument wie /health des Status-Ports).</translation>
    </message>
    <message>
        <source>Per-probe timeout in milliseconds (default: http.total_timeout_ms, at most 60000).</source>
        <translation>Zeitlimit je Prüfung in Millisekunden (Standard: http.total_timeout_ms, höchstens 60000).</translation>
    </message>
    <message>
        <source>Check every dependency once and report UP / DEGRADED / DOWN / UNKNOWN.</source>
        <translation>Jede Abhängigkeit einmal prüfen und UP / DEGRADED / DOWN / UNKNOWN melden.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds between 1 and 600000</source>
        <translation>--timeout muss eine Anzahl Millisekunden zwischen 1 und 600000 sein</translation>
    </message>
    <message>
        <source>The health check did not finish in time.</source>
        <translation>Die Zustandsprüfung ist nicht rechtzeitig fertig geworden.</translation>
    </message>
    <message>
        <source>overall: %1</source>
        <translation>gesamt: %1</translation>
    </message>
</context>
<context>
    <name>HealthMonitor</name>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>offline mode</source>
        <translation>Offline-Modus</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>slow: %1 ms (limit %2 ms)</source>
        <translation>langsam: %1 ms (Grenze %2 ms)</translation>
    </message>
    <message>
        <source>circuit forced open by the operator</source>
        <translation>Circuit vom Bediener erzwungen geöffnet</translation>
    </message>
    <message>
        <source>circuit open after failures (%1)</source>
        <translation>Circuit nach Fehlern offen (%1)</translation>
    </message>
    <message>
        <source>recovering: circuit half-open</source>
        <translation>erholt sich: Circuit halb offen</translation>
    </message>
    <message>
        <source>high error rate: %1%</source>
        <translation>hohe Fehlerquote: %1 %</translation>
    </message>
    <message>
        <source>no breaker</source>
        <translation>kein Breaker</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Status history (last 24 h)</source>
        <translation>Statusverlauf (letzte 24 h)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Systemzustand</translation>
    </message>
    <message>
        <source>Every dependency the product talks to, checked periodically off the GUI thread.</source>
        <translation>Jede Abhängigkeit, mit der das Produkt spricht, regelmäßig abseits des GUI-Threads geprüft.</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Latency history (ms)</source>
        <translation>Latenzverlauf (ms)</translation>
    </message>
    <message>
        <source>No checks yet.</source>
        <translation>Noch keine Prüfungen.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The connection was refused</source>
        <translation>Die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>The host name could not be resolved</source>
        <translation>Der Hostname konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The server closed the connection early</source>
        <translation>Der Server hat die Verbindung vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The secure connection could not be established</source>
        <translation>Die sichere Verbindung konnte nicht hergestellt werden</translation>
    </message>
    <message>
        <source>The network is not available</source>
        <translation>Das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>The request failed on the network</source>
        <translation>Die Anfrage ist im Netzwerk fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not connect within %1 ms</source>
        <translation>Keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes</source>
        <translation>Die Antwort ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>The server&apos;s rate limit was reached</source>
        <translation>Das Ratenlimit des Servers wurde erreicht</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1)</source>
        <translation>Der Server ist fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request</source>
        <translation>Der Server hat beim Warten auf die Anfrage das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Not authorised (HTTP %1)</source>
        <translation>Nicht berechtigt (HTTP %1)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404)</source>
        <translation>Nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1)</source>
        <translation>Die Anfrage wurde abgelehnt (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>IdentityResolver</name>
    <message>
        <source>&quot;%1&quot; is not a valid handle</source>
        <translation>„%1“ ist kein gültiger Handle</translation>
    </message>
    <message>
        <source>The handle %1 could not be resolved to an account</source>
        <translation>Der Handle %1 konnte keinem Konto zugeordnet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DID</source>
        <translation>„%1“ ist keine gültige DID</translation>
    </message>
    <message>
        <source>did:web identifiers with a path are not supported</source>
        <translation>did:web-Kennungen mit Pfad werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Unsupported DID method in %1 (only did:plc and did:web)</source>
        <translation>Nicht unterstützte DID-Methode in %1 (nur did:plc und did:web)</translation>
    </message>
    <message>
        <source>No DID document for %1</source>
        <translation>Kein DID-Dokument für %1</translation>
    </message>
    <message>
        <source>The DID document of %1 names no PDS</source>
        <translation>Das DID-Dokument von %1 nennt keinen PDS</translation>
    </message>
    <message>
        <source>The DNS records of %1 name different accounts (%2)</source>
        <translation>Die DNS-Einträge von %1 nennen verschiedene Konten (%2)</translation>
    </message>
    <message>
        <source>The well-known handle file holds no DID</source>
        <translation>Die Well-known-Handle-Datei enthält keine DID</translation>
    </message>
    <message>
        <source>The handle %1 points to %2, but that account does not claim the handle (alsoKnownAs of its DID document)</source>
        <translation>Das Handle %1 verweist auf %2, aber dieses Konto beansprucht das Handle nicht (alsoKnownAs seines DID-Dokuments)</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>OS keychain (%1)</source>
        <translation>Schlüsselbund des Systems (%1)</translation>
    </message>
    <message>
        <source>No saved credentials for %1 in the keychain</source>
        <translation>Keine gespeicherten Zugangsdaten für %1 im Schlüsselbund</translation>
    </message>
    <message>
        <source>No keychain is available: there is no D-Bus session bus to reach the system keyring (Secret Service). Log in to a desktop session or start one with a keyring (e.g. gnome-keyring).</source>
        <translation>Kein Schlüsselbund verfügbar: Es gibt keinen D-Bus-Sitzungsbus, um den Schlüsselbund des Systems (Secret Service) zu erreichen. Melden Sie sich an einer Desktop-Sitzung an oder starten Sie eine mit Schlüsselbund (z. B. gnome-keyring).</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service provider (gnome-keyring or KWallet) is running on the session bus. Install and start gnome-keyring.</source>
        <translation>Kein Schlüsselbund verfügbar: Auf dem Sitzungsbus läuft kein Secret-Service-Anbieter (gnome-keyring oder KWallet). Installieren und starten Sie gnome-keyring.</translation>
    </message>
    <message>
        <source>The keychain has no unlocked login keyring. Create or unlock the login keyring (e.g. log in to the desktop, or run gnome-keyring-daemon --unlock).</source>
        <translation>Der Schlüsselbund hat keinen entsperrten Anmelde-Schlüsselbund. Erstellen oder entsperren Sie ihn (z. B. durch Anmelden am Desktop oder mit gnome-keyring-daemon --unlock).</translation>
    </message>
    <message>
        <source>The keychain refused access: the keyring is locked or access was denied. Unlock the keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: Er ist gesperrt oder der Zugriff wurde abgelehnt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No usable keychain backend: libsecret was not found and KWallet is not available. Install libsecret-1-0 and gnome-keyring.</source>
        <translation>Kein nutzbares Schlüsselbund-Backend: libsecret wurde nicht gefunden und KWallet ist nicht verfügbar. Installieren Sie libsecret-1-0 und gnome-keyring.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be waiting for you in a dialog (to unlock or create a keyring); unlock it and try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet. Vielleicht wartet er in einem Dialog auf Sie (zum Entsperren oder Anlegen); entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Structured log of this session, live. Secrets are redacted before they get here.</source>
        <translation>Strukturiertes Protokoll dieser Sitzung, live. Geheimnisse werden entfernt, bevor sie hier ankommen.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Meldungen durchsuchen…</translation>
    </message>
    <message>
        <source>Search log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest entry in view</source>
        <translation>Den neuesten Eintrag im Blick behalten</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Copy row as JSON</source>
        <translation>Zeile als JSON kopieren</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Followers, changes and what needs attention, per account.</source>
        <translation>Follower, Änderungen und was Aufmerksamkeit braucht, je Konto.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh overview</source>
        <translation>Übersicht aktualisieren</translation>
    </message>
    <message>
        <source>Followers now</source>
        <translation>Follower jetzt</translation>
    </message>
    <message>
        <source>Change today</source>
        <translation>Änderung heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Mutuals</source>
        <translation>Gegenseitige</translation>
    </message>
    <message>
        <source>Engagement this week</source>
        <translation>Interaktionen diese Woche</translation>
    </message>
    <message>
        <source>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</source>
        <translation>Interaktionswert = Likes + 2 × Reposts + 3 × Antworten + 2 × Zitate</translation>
    </message>
    <message>
        <source>Collectors and dependencies</source>
        <translation>Sammler und Abhängigkeiten</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>No tracked accounts yet. Add one in Settings.</source>
        <translation>Noch keine beobachteten Konten. Fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No database connected.</source>
        <translation>Keine Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>30-day trend</source>
        <translation>30-Tage-Trend</translation>
    </message>
    <message>
        <source>run a backfill to count followers</source>
        <translation>Starten Sie einen Backfill, um Follower zu zählen</translation>
    </message>
    <message>
        <source>since midnight</source>
        <translation>seit Mitternacht</translation>
    </message>
    <message>
        <source>%1 new · %2 lost</source>
        <translation>%1 neu · %2 verloren</translation>
    </message>
    <message>
        <source>follow each other</source>
        <translation>folgen einander</translation>
    </message>
    <message>
        <source>last week %1</source>
        <translation>letzte Woche %1</translation>
    </message>
    <message>
        <source>Breaker %1 is %2: %3</source>
        <translation>Breaker %1 ist %2: %3</translation>
    </message>
    <message>
        <source>Breaker %1 is testing the dependency again (half-open)</source>
        <translation>Breaker %1 testet die Abhängigkeit erneut (halb offen)</translation>
    </message>
    <message>
        <source>Collector %1 failed: %2</source>
        <translation>Sammler %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Collector %1 is %2 s behind</source>
        <translation>Sammler %1 liegt %2 s zurück</translation>
    </message>
    <message>
        <source>%1 is down: %2</source>
        <translation>%1 ist ausgefallen: %2</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nichts braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Press Enter to open the %1 page</source>
        <translation>Eingabetaste öffnet die Seite %1</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
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
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>QtDnsTxtLookup</name>
    <message>
        <source>The DNS lookup of %1 timed out</source>
        <translation>Die DNS-Abfrage von %1 hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>The DNS lookup of %1 failed: %2</source>
        <translation>Die DNS-Abfrage von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RateLimiter</name>
    <message>
        <source>%1 points exceed the budget of %2</source>
        <translation>%1 Punkte überschreiten das Budget von %2</translation>
    </message>
    <message>
        <source>Rate limit reached (%1); next call possible in %2 s</source>
        <translation>Ratenlimit erreicht (%1); nächster Aufruf möglich in %2 s</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>New and lost followers per day</source>
        <translation>Neue und verlorene Follower pro Tag</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Engagement score per day</source>
        <translation>Interaktionswert pro Tag</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Followers at the end of each day</source>
        <translation>Follower am Ende jedes Tages</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportImageWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Growth report</source>
        <translation>Wachstumsbericht</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Growth Engine. Engagement score = like + 2 × repost + 3 × reply + 2 × quote.</source>
        <translation>Growth Engine. Interaktionswert = Like + 2 × Repost + 3 × Antwort + 2 × Zitat.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Followers at start</source>
        <translation>Follower am Anfang</translation>
    </message>
    <message>
        <source>Followers at end</source>
        <translation>Follower am Ende</translation>
    </message>
    <message>
        <source>Net change</source>
        <translation>Veränderung netto</translation>
    </message>
    <message>
        <source>New followers</source>
        <translation>Neue Follower</translation>
    </message>
    <message>
        <source>Lost followers</source>
        <translation>Verlorene Follower</translation>
    </message>
    <message>
        <source>Mutuals at end</source>
        <translation>Gegenseitige am Ende</translation>
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
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Interaktionswert</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Best days</source>
        <translation>Beste Tage</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Top new followers</source>
        <translation>Wichtigste neue Follower</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Their followers</source>
        <translation>Deren Follower</translation>
    </message>
    <message>
        <source>Followed at</source>
        <translation>Gefolgt am</translation>
    </message>
    <message>
        <source>Top posts by engagement</source>
        <translation>Beiträge mit den meisten Interaktionen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Items by state</source>
        <translation>Einträge nach Zustand</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>No gaps, backfills or unattributed unfollows in this period.</source>
        <translation>Keine Lücken, Backfills oder nicht zuordenbaren Entfolgungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Cannot start the PDF</source>
        <translation>Das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot finish the PDF</source>
        <translation>Das PDF kann nicht abgeschlossen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), all times in UTC</source>
        <translation>
            <numerusform>%n Tag, alle Zeiten in UTC</numerusform>
            <numerusform>%n Tage, alle Zeiten in UTC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportRunner</name>
    <message>
        <source>No data for the selected accounts in this period.</source>
        <translation>Keine Daten für die gewählten Konten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Unknown format %1</source>
        <translation>Unbekanntes Format %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>ReportScheduler</name>
    <message>
        <source>Cannot create the report folder %1</source>
        <translation>Der Berichtsordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Follow-back</source>
        <translation>Follow-back</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Collector %1 was down from %2 to %3; changes in that time may be missing.</source>
        <translation>Sammler %1 war von %2 bis %3 ausgefallen; Änderungen in dieser Zeit können fehlen.</translation>
    </message>
    <message>
        <source>The follower count changed by %1 more than the follow events explain (corrected by a follower-count snapshot).</source>
        <translation>Die Followerzahl hat sich um %1 mehr verändert, als die Follow-Ereignisse erklären (durch einen Followerzahl-Schnappschuss korrigiert).</translation>
    </message>
    <message>
        <source>No follower-count snapshot and no known followers: follower totals are unknown.</source>
        <translation>Kein Followerzahl-Schnappschuss und keine bekannten Follower: Die Followerzahlen sind unbekannt.</translation>
    </message>
    <message>
        <source>No data was recorded for this account in this period.</source>
        <translation>Für dieses Konto wurden in diesem Zeitraum keine Daten aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>A backfill (%1) ran from %2 to %3 and read %n item(s).</source>
        <translation>
            <numerusform>Ein Backfill (%1) lief von %2 bis %3 und hat %n Eintrag gelesen.</numerusform>
            <numerusform>Ein Backfill (%1) lief von %2 bis %3 und hat %n Einträge gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfollow(s) between %1 and %2 could not be attributed (the follow record was never seen).</source>
        <translation>
            <numerusform>%n Entfolgung zwischen %1 und %2 konnte nicht zugeordnet werden (der Follow-Eintrag wurde nie gesehen).</numerusform>
            <numerusform>%n Entfolgungen zwischen %1 und %2 konnten nicht zugeordnet werden (der Follow-Eintrag wurde nie gesehen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Scheduled report written: %1</source>
        <translation>Geplanter Bericht geschrieben: %1</translation>
    </message>
    <message>
        <source>Scheduled report failed: %1</source>
        <translation>Geplanter Bericht fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Export reports as PDF, CSV, JSON or PNG.</source>
        <translation>Berichte als PDF, CSV, JSON oder PNG exportieren.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Accounts in the report</source>
        <translation>Konten im Bericht</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last full month</source>
        <translation>Letzter voller Monat</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>CSV tables (zip)</source>
        <translation>CSV-Tabellen (ZIP)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>PNG chart</source>
        <translation>PNG-Diagramm</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>New and lost followers</source>
        <translation>Neue und verlorene Follower</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Interaktionswert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>All tracked accounts</source>
        <translation>Alle verfolgten Konten</translation>
    </message>
    <message>
        <source>Accounts in scheduled reports</source>
        <translation>Konten in geplanten Berichten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Weekly (last Monday to Sunday)</source>
        <translation>Wöchentlich (letzter Montag bis Sonntag)</translation>
    </message>
    <message>
        <source>Monthly (last calendar month)</source>
        <translation>Monatlich (letzter Kalendermonat)</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Ordner für die Berichte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Scheduled reports are written while the app runs. To write them without the app, run &apos;growth-engine report&apos; from cron or a systemd timer (see the manual page).</source>
        <translation>Geplante Berichte werden geschrieben, während die App läuft. Um sie ohne die App zu schreiben, führen Sie &apos;growth-engine report&apos; über cron oder einen systemd-Timer aus (siehe Handbuchseite).</translation>
    </message>
    <message>
        <source>Choose accounts and a period, then press Preview.</source>
        <translation>Wählen Sie Konten und einen Zeitraum und drücken Sie dann auf Vorschau.</translation>
    </message>
    <message>
        <source>Folder for scheduled reports</source>
        <translation>Ordner für geplante Berichte</translation>
    </message>
    <message>
        <source>Accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No tracked accounts yet. Add one in Settings.</source>
        <translation>Noch keine beobachteten Konten. Fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Wählen Sie mindestens ein Konto aus.</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>@%1: %2 → %3 followers (%4), %5 new, %6 lost, %7 mutuals, engagement score %8</source>
        <translation>@%1: %2 → %3 Follower (%4), %5 neu, %6 verloren, %7 gegenseitig, Interaktionswert %8</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>No scheduled reports.</source>
        <translation>Keine geplanten Berichte.</translation>
    </message>
    <message>
        <source>Next: %1 (due now)</source>
        <translation>Nächster: %1 (jetzt fällig)</translation>
    </message>
    <message>
        <source>Up to date; last report covered up to %1.</source>
        <translation>Aktuell; der letzte Bericht reicht bis %1.</translation>
    </message>
</context>
<context>
    <name>ServiceHost</name>
    <message>
        <source>Offline mode: backfill needs the network.</source>
        <translation>Offline-Modus: das Nachladen braucht das Netzwerk.</translation>
    </message>
    <message>
        <source>No tracked accounts to backfill. Add an account in Settings first.</source>
        <translation>Keine beobachteten Konten zum Nachladen. Fügen Sie zuerst unter Einstellungen ein Konto hinzu.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Offline mode: the collectors do not connect.</source>
        <translation>Offline-Modus: die Sammler verbinden sich nicht.</translation>
    </message>
    <message>
        <source>Offline mode: Jetstream cannot be replayed.</source>
        <translation>Offline-Modus: Jetstream kann nicht erneut abgespielt werden.</translation>
    </message>
    <message>
        <source>A replay is already running.</source>
        <translation>Eine Wiedergabe läuft bereits.</translation>
    </message>
    <message>
        <source>Cannot read the capture file %1.</source>
        <translation>Die Mitschnittdatei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>The saved session in the keychain is damaged; log in again</source>
        <translation>Die im Schlüsselbund gespeicherte Sitzung ist beschädigt; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>No session for %1: log in with an app password</source>
        <translation>Keine Sitzung für %1: Melden Sie sich mit einem App-Passwort an</translation>
    </message>
    <message>
        <source>The saved session in the keychain belongs to another account</source>
        <translation>Die im Schlüsselbund gespeicherte Sitzung gehört zu einem anderen Konto</translation>
    </message>
    <message>
        <source>The session of %1 has ended; log in again with an app password</source>
        <translation>Die Sitzung von %1 ist abgelaufen; melden Sie sich erneut mit einem App-Passwort an</translation>
    </message>
    <message>
        <source>The server refreshed a session for another account</source>
        <translation>Der Server hat eine Sitzung für ein anderes Konto erneuert</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts, services, intervals, retention, pacing and appearance.</source>
        <translation>Konten, Dienste, Intervalle, Aufbewahrung, Tempo und Darstellung.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Account management is not available in this session.</source>
        <translation>Die Kontenverwaltung ist in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Jetstream endpoints, one per line</source>
        <translation>Jetstream-Endpunkte, einer pro Zeile</translation>
    </message>
    <message>
        <source>AppView URL</source>
        <translation>AppView-URL</translation>
    </message>
    <message>
        <source>PLC directory URL</source>
        <translation>URL des PLC-Verzeichnisses</translation>
    </message>
    <message>
        <source>PDS override URL</source>
        <translation>URL des Ersatz-PDS</translation>
    </message>
    <message>
        <source>empty: the PDS from each account&apos;s DID document</source>
        <translation>leer: der PDS aus dem DID-Dokument des jeweiligen Kontos</translation>
    </message>
    <message>
        <source>&amp;Jetstream endpoints:</source>
        <translation>&amp;Jetstream-Endpunkte:</translation>
    </message>
    <message>
        <source>&amp;AppView:</source>
        <translation>&amp;AppView:</translation>
    </message>
    <message>
        <source>P&amp;LC directory:</source>
        <translation>P&amp;LC-Verzeichnis:</translation>
    </message>
    <message>
        <source>&amp;PDS override:</source>
        <translation>&amp;Ersatz-PDS:</translation>
    </message>
    <message>
        <source>Intervals, retention and pacing</source>
        <translation>Intervalle, Aufbewahrung und Tempo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation>Intervall der Zustandsprüfungen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Backfill interval</source>
        <translation>Backfill-Intervall</translation>
    </message>
    <message>
        <source>Backup interval</source>
        <translation>Sicherungsintervall</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Retention of raw events</source>
        <translation>Aufbewahrung der Rohereignisse</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Rate-limit headroom</source>
        <translation>Reserve zum Ratenlimit</translation>
    </message>
    <message>
        <source>Share of the hourly and daily write budget kept free for your own activity.</source>
        <translation>Anteil des stündlichen und täglichen Schreibbudgets, der für Ihre eigene Aktivität frei bleibt.</translation>
    </message>
    <message>
        <source>&amp;Health checks every:</source>
        <translation>&amp;Zustandsprüfung alle:</translation>
    </message>
    <message>
        <source>&amp;Backfill every:</source>
        <translation>&amp;Backfill alle:</translation>
    </message>
    <message>
        <source>Back&amp;up every:</source>
        <translation>&amp;Sicherung alle:</translation>
    </message>
    <message>
        <source>&amp;Keep raw events for:</source>
        <translation>&amp;Rohereignisse aufbewahren für:</translation>
    </message>
    <message>
        <source>Pacing: &amp;leave free:</source>
        <translation>Tempo: &amp;frei lassen:</translation>
    </message>
    <message>
        <source>Appearance and notifications</source>
        <translation>Darstellung und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Show &amp;notifications in the system tray</source>
        <translation>&amp;Benachrichtigungen im Infobereich anzeigen</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1: unknown setting</source>
        <translation>%1: unbekannte Einstellung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No data folder to save settings in.</source>
        <translation>Kein Datenordner zum Speichern der Einstellungen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved to %1. Service settings apply at the next start.</source>
        <translation>In %1 gespeichert. Diensteinstellungen gelten ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <source>Database problem</source>
        <translation>Problem mit der Datenbank</translation>
    </message>
    <message>
        <source>%1

Restore the latest backup (%2)? The damaged file is kept beside it.</source>
        <translation>%1

Die neueste Sicherung (%2) wiederherstellen? Die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Growth Engine cannot start</source>
        <translation>Growth Engine kann nicht starten</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Up</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Half-open</source>
        <translation>Halb offen</translation>
    </message>
    <message>
        <source>Forced open</source>
        <translation>Erzwungen offen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Reconnecting (backoff)</source>
        <translation>Verbindet erneut (Wartezeit)</translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation>Backfill läuft</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
        <translation>PLC-Verzeichnis</translation>
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
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Jetstream collector</source>
        <translation>Jetstream-Collector</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Backfill %1</source>
        <translation>Nachladen %1</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Nachladen</translation>
    </message>
</context>
<context>
    <name>StatusBandChart</name>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>%1: %2 %3 from %4 to %5</source>
        <translation>%1: %2 %3 von %4 bis %5</translation>
    </message>
    <message>
        <source>%1: no check</source>
        <translation>%1: keine Prüfung</translation>
    </message>
    <message>
        <source>No status history yet.</source>
        <translation>Noch kein Statusverlauf.</translation>
    </message>
</context>
<context>
    <name>StatusServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>audit row %1 follows row %2: rows are missing</source>
        <translation>Audit-Zeile %1 folgt auf Zeile %2: Zeilen fehlen</translation>
    </message>
    <message>
        <source>audit row %1 does not link to the previous row</source>
        <translation>Audit-Zeile %1 verweist nicht auf die vorige Zeile</translation>
    </message>
    <message>
        <source>audit row %1 was modified (hash mismatch)</source>
        <translation>Audit-Zeile %1 wurde verändert (Hash stimmt nicht)</translation>
    </message>
    <message>
        <source>the audit log ends at row %1 but row %2 was written: rows were deleted</source>
        <translation>Das Audit-Protokoll endet bei Zeile %1, aber Zeile %2 wurde geschrieben: Zeilen wurden gelöscht</translation>
    </message>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>Ungültige Datenbank-URL: %1</translation>
    </message>
    <message>
        <source>The sqlite URL names no file</source>
        <translation>Die sqlite-URL nennt keine Datei</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank</translation>
    </message>
    <message>
        <source>Unsupported database URL scheme: %1</source>
        <translation>Nicht unterstütztes Schema der Datenbank-URL: %1</translation>
    </message>
    <message>
        <source>The write queue is %1% full</source>
        <translation>Die Schreibwarteschlange ist zu %1 % voll</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>Database file %1 does not exist</source>
        <translation>Die Datenbankdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)%3</source>
        <translation>Schemaversion: %1 (dieser Build: %2)%3</translation>
    </message>
    <message>
        <source> — NEWER than this build</source>
        <translation> — NEUER als dieser Build</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>foreign keys: %1</source>
        <translation>Fremdschlüssel: %1</translation>
    </message>
    <message>
        <source>audit chain: %1 (%2 rows)</source>
        <translation>Audit-Kette: %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>%1 row %2 references missing %3</source>
        <translation>%1 Zeile %2 verweist auf fehlendes %3</translation>
    </message>
    <message>
        <source>%1 failed validation:
%2</source>
        <translation>%1 hat die Prüfung nicht bestanden:
%2</translation>
    </message>
    <message>
        <source>%1 is not a Growth Engine database (no schema version)</source>
        <translation>%1 ist keine Growth-Engine-Datenbank (keine Schemaversion)</translation>
    </message>
    <message>
        <source>Backup file %1 does not exist</source>
        <translation>Die Sicherungsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made with pg_dump on the server</source>
        <translation>Sicherungen einer PostgreSQL-Datenbank werden mit pg_dump auf dem Server erstellt</translation>
    </message>
    <message>
        <source>The SQLite backup API is not available</source>
        <translation>Die SQLite-Backup-API ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>Die Sicherungsdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot start the backup: %1</source>
        <translation>Die Sicherung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1</source>
        <translation>Die Sicherung kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>Restore applies to the local SQLite database only</source>
        <translation>Die Wiederherstellung gilt nur für die lokale SQLite-Datenbank</translation>
    </message>
    <message>
        <source>The backup file is the database itself</source>
        <translation>Die Sicherungsdatei ist die Datenbank selbst</translation>
    </message>
    <message>
        <source>The database is in use by Growth Engine (process %1); quit it before restoring</source>
        <translation>Die Datenbank wird von Growth Engine verwendet (Prozess %1); beenden Sie es vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>The database is in use (is Growth Engine running?); quit it before restoring</source>
        <translation>Die Datenbank wird verwendet (läuft Growth Engine?); beenden Sie es vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>Cannot move the current database aside to %1</source>
        <translation>Die aktuelle Datenbank kann nicht nach %1 beiseitegelegt werden</translation>
    </message>
    <message>
        <source>Cannot copy the backup into place (disk full?)</source>
        <translation>Die Sicherung kann nicht an ihren Platz kopiert werden (Datenträger voll?)</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Growth Engine (schema %1; this version knows up to %2). Update the app, or restore a backup made by this version.</source>
        <translation>Die Datenbank wurde von einer neueren Version von Growth Engine geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie die App oder stellen Sie eine Sicherung dieser Version wieder her.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Migration %1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <source>The database refused WAL mode (journal_mode=%1)</source>
        <translation>Die Datenbank hat den WAL-Modus abgelehnt (journal_mode=%1)</translation>
    </message>
    <message>
        <source>The disk holding the database is full; writing is paused until space is freed</source>
        <translation>Der Datenträger der Datenbank ist voll; das Schreiben ist pausiert, bis Platz frei wird</translation>
    </message>
    <message>
        <source>The database is read-only (read-only file or directory); writing is paused</source>
        <translation>Die Datenbank ist schreibgeschützt (Datei oder Ordner schreibgeschützt); das Schreiben ist pausiert</translation>
    </message>
    <message>
        <source>The database is locked by another program; writing is paused</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt; das Schreiben ist pausiert</translation>
    </message>
    <message>
        <source>The disk refused a database write (I/O error); writing is paused</source>
        <translation>Der Datenträger hat einen Schreibvorgang abgelehnt (E/A-Fehler); das Schreiben ist pausiert</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Datenbank</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The connection to the database server was lost</source>
        <translation>Die Verbindung zum Datenbankserver ist verloren gegangen</translation>
    </message>
    <message>
        <source>A write violated the database schema</source>
        <translation>Ein Schreibvorgang hat das Datenbankschema verletzt</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>Restore from the latest backup: %1</source>
        <translation>Aus der neuesten Sicherung wiederherstellen: %1</translation>
    </message>
    <message>
        <source>No backup was found to restore from.</source>
        <translation>Es wurde keine Sicherung zum Wiederherstellen gefunden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (permissions).</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Growth Engine (schema %1; this version knows up to %2). Update the app.</source>
        <translation>Die Datenbank wurde von einer neueren Version von Growth Engine geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>Die Datenbank %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The storage writer has stopped</source>
        <translation>Der Speicher-Schreiber wurde beendet</translation>
    </message>
    <message>
        <source>The storage queue is full; pause reading</source>
        <translation>Die Speicherwarteschlange ist voll; Lesen pausieren</translation>
    </message>
    <message>
        <source>The storage writer stopped before this action was saved</source>
        <translation>Der Speicher-Schreiber wurde beendet, bevor diese Aktion gespeichert war</translation>
    </message>
    <message numerus="yes">
        <source>%n queued batch(es) could not be saved before shutdown; their cursor was not advanced, so they will be replayed</source>
        <translation>
            <numerusform>%n wartender Stapel konnte vor dem Beenden nicht gespeichert werden; sein Cursor wurde nicht weitergesetzt, daher wird er erneut abgespielt</numerusform>
            <numerusform>%n wartende Stapel konnten vor dem Beenden nicht gespeichert werden; ihr Cursor wurde nicht weitergesetzt, daher werden sie erneut abgespielt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 T</translation>
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
        <translation>Noch keine Daten für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>%1: %2 points. </source>
        <translation>%1: %2 Punkte. </translation>
    </message>
</context>
<context>
    <name>WebSocketClient</name>
    <message>
        <source>No WebSocket handshake with %1 within %2 ms</source>
        <translation>Kein WebSocket-Handshake mit %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>The server did not answer the close frame within %1 ms</source>
        <translation>Der Server hat den Close-Frame nicht innerhalb von %1 ms beantwortet</translation>
    </message>
    <message>
        <source>Not a ws:// or wss:// URL: %1</source>
        <translation>Keine ws://- oder wss://-URL: %1</translation>
    </message>
    <message>
        <source>The server&apos;s handshake answer is larger than %1 bytes</source>
        <translation>Die Handshake-Antwort des Servers ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>The server refused the WebSocket upgrade: %1</source>
        <translation>Der Server hat das WebSocket-Upgrade abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s upgrade answer lacks &quot;Upgrade: websocket&quot;</source>
        <translation>Der Upgrade-Antwort des Servers fehlt &quot;Upgrade: websocket&quot;</translation>
    </message>
    <message>
        <source>The server&apos;s upgrade answer lacks &quot;Connection: Upgrade&quot;</source>
        <translation>Der Upgrade-Antwort des Servers fehlt &quot;Connection: Upgrade&quot;</translation>
    </message>
    <message>
        <source>The server&apos;s Sec-WebSocket-Accept does not match the key sent</source>
        <translation>Sec-WebSocket-Accept des Servers passt nicht zum gesendeten Schlüssel</translation>
    </message>
    <message>
        <source>The server selected a WebSocket extension that was not offered: %1</source>
        <translation>Der Server hat eine nicht angebotene WebSocket-Erweiterung gewählt: %1</translation>
    </message>
    <message>
        <source>The server selected a subprotocol that was not offered: %1</source>
        <translation>Der Server hat ein nicht angebotenes Unterprotokoll gewählt: %1</translation>
    </message>
    <message>
        <source>WebSocket protocol error: %1</source>
        <translation>WebSocket-Protokollfehler: %1</translation>
    </message>
    <message>
        <source>WebSocket protocol error: close frame with a one-byte payload</source>
        <translation>WebSocket-Protokollfehler: Close-Frame mit einem Byte Nutzdaten</translation>
    </message>
    <message>
        <source>WebSocket protocol error: invalid close code %1</source>
        <translation>WebSocket-Protokollfehler: ungültiger Close-Code %1</translation>
    </message>
    <message>
        <source>WebSocket protocol error: close reason is not valid UTF-8</source>
        <translation>WebSocket-Protokollfehler: der Close-Grund ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Cannot open the WebSocket to %1: %2</source>
        <translation>Der WebSocket zu %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The WebSocket connection ended without a close frame: %1</source>
        <translation>Die WebSocket-Verbindung endete ohne Close-Frame: %1</translation>
    </message>
</context>
<context>
    <name>XrpcClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid handle</source>
        <translation>„%1“ ist kein gültiger Handle</translation>
    </message>
</context>
<context>
    <name>ge::app::CompositionRoot</name>
    <message>
        <source>Growth Engine cannot start</source>
        <translation>Growth Engine kann nicht starten</translation>
    </message>
    <message>
        <source>The configuration is invalid; fix it and start again.</source>
        <translation>Die Konfiguration ist ungültig; korrigieren Sie sie und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <source>Database writes paused: %1. Collectors wait; nothing committed is lost.</source>
        <translation>Datenbank-Schreibvorgänge pausiert: %1. Die Sammler warten; nichts bereits Gespeichertes geht verloren.</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of Growth Engine…
On a large database this can take a few minutes. Nothing is lost if it is interrupted.</source>
        <translation>Die Datenbank wird für diese Version von Growth Engine aktualisiert …
Bei einer großen Datenbank kann das einige Minuten dauern. Bei einer Unterbrechung geht nichts verloren.</translation>
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
        <translation>Die Serveradresse „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>Refusing plain HTTP to %1: only HTTPS is allowed, except to this computer (localhost, 127.0.0.0/8, ::1)</source>
        <translation>Unverschlüsseltes HTTP zu %1 wird verweigert: Nur HTTPS ist erlaubt, außer zu diesem Computer (localhost, 127.0.0.0/8, ::1)</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot; in %2 (use https)</source>
        <translation>Nicht unterstütztes URL-Schema „%1“ in %2 (verwenden Sie https)</translation>
    </message>
</context>
<context>
    <name>ge::atproto::parse</name>
    <message>
        <source>Unexpected response from the server (field %1 %2)</source>
        <translation>Unerwartete Antwort vom Server (Feld %1 %2)</translation>
    </message>
    <message>
        <source>The server sent a response that is not valid JSON</source>
        <translation>Der Server hat eine Antwort gesendet, die kein gültiges JSON ist</translation>
    </message>
    <message>
        <source>The server sent a JSON response that is not an object</source>
        <translation>Der Server hat eine JSON-Antwort gesendet, die kein Objekt ist</translation>
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
        <translation>account add braucht genau eines von --password-stdin (eigenes Konto) oder --watch</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>warning: this does not look like an app password (xxxx-xxxx-xxxx-xxxx). Create one in Bluesky under Settings → Privacy and security → App passwords; never use your main password.</source>
        <translation>Warnung: Das sieht nicht wie ein App-Passwort aus (xxxx-xxxx-xxxx-xxxx). Erstellen Sie eines in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter; verwenden Sie nie Ihr Hauptpasswort.</translation>
    </message>
    <message>
        <source>growth-engine account add: %1</source>
        <translation>growth-engine account add: %1</translation>
    </message>
    <message>
        <source>Added %1 account %2 (%3), PDS %4</source>
        <translation>%1-Konto %2 (%3) hinzugefügt, PDS %4</translation>
    </message>
    <message>
        <source>growth-engine account list: %1</source>
        <translation>growth-engine account list: %1</translation>
    </message>
    <message>
        <source>No accounts. Add one with: growth-engine account add HANDLE --password-stdin</source>
        <translation>Keine Konten. Fügen Sie eines hinzu mit: growth-engine account add HANDLE --password-stdin</translation>
    </message>
    <message>
        <source>growth-engine account remove: %1</source>
        <translation>growth-engine account remove: %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Read the app password of an own account from standard input.</source>
        <translation>Das App-Passwort eines eigenen Kontos von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Add a watched account (read-only, no password).</source>
        <translation>Ein beobachtetes Konto hinzufügen (nur lesend, ohne Passwort).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Manage tracked accounts: add, list, remove.</source>
        <translation>Beobachtete Konten verwalten: hinzufügen, auflisten, entfernen.</translation>
    </message>
    <message>
        <source>missing action (add, list or remove)</source>
        <translation>Aktion fehlt (add, list oder remove)</translation>
    </message>
    <message>
        <source>usage: account add HANDLE --password-stdin | --watch</source>
        <translation>Verwendung: account add HANDLE --password-stdin | --watch</translation>
    </message>
    <message>
        <source>usage: account list [--json]</source>
        <translation>Verwendung: account list [--json]</translation>
    </message>
    <message>
        <source>usage: account remove HANDLE</source>
        <translation>Verwendung: account remove HANDLE</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (use add, list or remove)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (verwenden Sie add, list oder remove)</translation>
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
        <translation>--%1 braucht eine ganze Zahl &gt;= %2</translation>
    </message>
    <message>
        <source>--max-follow-ratio needs a number &gt; 0</source>
        <translation>--max-follow-ratio braucht eine Zahl &gt; 0</translation>
    </message>
    <message>
        <source>--min-followers is larger than --max-followers</source>
        <translation>--min-followers ist größer als --max-followers</translation>
    </message>
    <message>
        <source>--%1 needs a whole number &gt; 0</source>
        <translation>--%1 braucht eine ganze Zahl &gt; 0</translation>
    </message>
    <message>
        <source>Follow-back plan for %1 (%2)</source>
        <translation>Follow-back-Plan für %1 (%2)</translation>
    </message>
    <message>
        <source>  followers: %1   follows: %2   candidates: %3</source>
        <translation>  Follower: %1   Gefolgt: %2   Kandidaten: %3</translation>
    </message>
    <message>
        <source>  points: %1 (%2 per follow)   estimated duration: %3   finish: %4</source>
        <translation>  Punkte: %1 (%2 je Follow)   geschätzte Dauer: %3   fertig: %4</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>did</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>campaign %1 (%2%3) %4: %5/%6 done [%7]</source>
        <translation>Kampagne %1 (%2%3) %4: %5/%6 erledigt [%7]</translation>
    </message>
    <message>
        <source>, dry run</source>
        <translation>, Probelauf</translation>
    </message>
    <message>
        <source> next write %1, pace %2/h, eta %3</source>
        <translation> nächster Schreibvorgang %1, Tempo %2/h, fertig voraussichtlich %3</translation>
    </message>
    <message>
        <source>Campaign %1 is being run by another process (pid %2); it continues there.</source>
        <translation>Kampagne %1 wird von einem anderen Prozess (PID %2) ausgeführt; sie läuft dort weiter.</translation>
    </message>
    <message>
        <source>Paused on request; resume with &apos;growth-engine campaign resume %1&apos;.</source>
        <translation>Auf Wunsch pausiert; fortsetzen mit &apos;growth-engine campaign resume %1&apos;.</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
    <message>
        <source>expected a campaign ID</source>
        <translation>Kampagnen-ID erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a campaign ID</source>
        <translation>&apos;%1&apos; ist keine Kampagnen-ID</translation>
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
        <translation>Follow-back-Kampagnen: den Konten folgen, die KONTO folgen und denen es noch nicht folgt.

Aktionen:
  plan   --account HANDLE [Filter] [--json]      Vorschau: Kandidaten, was jeder Filter entfernt hat, Kosten
  run    --account HANDLE [Filter] [--dry-run] [--max-per-hour N]
                                                 die Kampagne anlegen und im Vordergrund ausführen
                                                 (ohne Filter: jedem Kandidaten zurückfolgen)
  status ID [--json]                             Fortschritt, Anzahl je Zustand, nächster Schreibvorgang, voraussichtliches Ende
  pause ID | resume ID | cancel ID               eine Kampagne steuern (auch eine, die anderswo läuft)
  resume --account HANDLE                        die nicht beendete Kampagne des Kontos fortsetzen
  undo ID                                        genau die Follows löschen, die Kampagne ID erstellt hat

Kandidaten werden aus frischen Daten berechnet (jede Seite der Follower und der Follow-Einträge
des Kontos) abzüglich der Konten, denen bereits gefolgt wird, die blockiert, stummgeschaltet, früher
absichtlich entfolgt oder in einer anderen nicht beendeten Kampagne sind. Schreibvorgänge laufen im
Rahmen des Punktebudgets des Kontos (Follow = 3 Punkte; 5000/Stunde, 35000/Tag abzüglich der
eingestellten Reserve) und der RateLimit-Header des Servers.
Anmeldung: die Sitzung des Kontos aus &apos;growth-engine account add&apos; (Schlüsselbund des Systems).

Exit-Codes: 0 ok, 1 fehlgeschlagen, 2 Verwendung, 3 Konfiguration, 4 Speicher, 5 Netzwerk, 6 Anmeldung, 7 keine solche Kampagne.</translation>
    </message>
    <message>
        <source>missing action (plan, run, status, pause, resume, cancel, undo)</source>
        <translation>Aktion fehlt (plan, run, status, pause, resume, cancel, undo)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs --account HANDLE</source>
        <translation>%1 braucht --account HANDLE</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>filters and --dry-run apply to plan and run only</source>
        <translation>Filter und --dry-run gelten nur für plan und run</translation>
    </message>
    <message>
        <source>campaign %1 is %2; nothing to %3</source>
        <translation>Kampagne %1 ist %2; nichts zu %3</translation>
    </message>
    <message>
        <source>%1 has no unfinished campaign</source>
        <translation>%1 hat keine nicht beendete Kampagne</translation>
    </message>
    <message>
        <source>Undo of campaign %1 is campaign %2.</source>
        <translation>Das Rückgängigmachen von Kampagne %1 ist Kampagne %2.</translation>
    </message>
    <message>
        <source>campaign %1 is %2; nothing to resume</source>
        <translation>Kampagne %1 ist %2; nichts fortzusetzen</translation>
    </message>
    <message>
        <source>Campaign %1 started.</source>
        <translation>Kampagne %1 gestartet.</translation>
    </message>
    <message>
        <source>No database at %1</source>
        <translation>Keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>To restore: growth-engine db restore %1</source>
        <translation>Zum Wiederherstellen: growth-engine db restore %1</translation>
    </message>
    <message>
        <source>Cannot check the database: %1</source>
        <translation>Die Datenbank kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>size: %1 bytes (WAL %2 bytes)</source>
        <translation>Größe: %1 Byte (WAL %2 Byte)</translation>
    </message>
    <message>
        <source>result: ok</source>
        <translation>Ergebnis: ok</translation>
    </message>
    <message>
        <source>result: PROBLEMS FOUND</source>
        <translation>Ergebnis: PROBLEME GEFUNDEN</translation>
    </message>
    <message>
        <source>check: run the full integrity_check instead of quick_check.</source>
        <translation>check: die vollständige integrity_check statt quick_check ausführen.</translation>
    </message>
    <message>
        <source>check: output JSON.</source>
        <translation>check: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Database maintenance.
  check          integrity + foreign keys + audit chain (exit 1 when problems are found)
  backup FILE    online backup, safe while the app runs
  restore FILE   validate FILE, keep the current database aside, install FILE
  vacuum         rebuild the file and give free space back</source>
        <translation>Datenbankwartung.
  check          Integrität + Fremdschlüssel + Audit-Kette (Exit-Code 1, wenn Probleme gefunden werden)
  backup DATEI   Online-Sicherung, sicher während die App läuft
  restore DATEI  DATEI prüfen, die aktuelle Datenbank beiseitelegen, DATEI einsetzen
  vacuum         die Datei neu aufbauen und freien Platz zurückgeben</translation>
    </message>
    <message>
        <source>missing action: check, backup FILE, restore FILE or vacuum</source>
        <translation>Aktion fehlt: check, backup DATEI, restore DATEI oder vacuum</translation>
    </message>
    <message>
        <source>&apos;db check&apos; takes no file</source>
        <translation>&apos;db check&apos; nimmt keine Datei</translation>
    </message>
    <message>
        <source>usage: growth-engine db backup FILE</source>
        <translation>Verwendung: growth-engine db backup DATEI</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung nach %1 geschrieben</translation>
    </message>
    <message>
        <source>usage: growth-engine db restore FILE</source>
        <translation>Verwendung: growth-engine db restore DATEI</translation>
    </message>
    <message>
        <source>Restore refused: %1</source>
        <translation>Wiederherstellung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>The previous database was kept at %1</source>
        <translation>Die vorherige Datenbank wurde unter %1 aufbewahrt</translation>
    </message>
    <message>
        <source>&apos;db vacuum&apos; takes no file</source>
        <translation>&apos;db vacuum&apos; nimmt keine Datei</translation>
    </message>
    <message>
        <source>Vacuum failed: %1</source>
        <translation>Vacuum fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Vacuum done: %1 → %2 bytes</source>
        <translation>Vacuum erledigt: %1 → %2 Byte</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (check, backup FILE, restore FILE, vacuum)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (check, backup DATEI, restore DATEI, vacuum)</translation>
    </message>
    <message>
        <source>Tracked account (handle or DID); repeat for several.</source>
        <translation>Beobachtetes Konto (Handle oder DID); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Erster Tag des Zeitraums (JJJJ-MM-TT, UTC).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD, UTC, inclusive).</source>
        <translation>Letzter Tag des Zeitraums (JJJJ-MM-TT, UTC, einschließlich).</translation>
    </message>
    <message>
        <source>Output format: pdf, csv, json or png.</source>
        <translation>Ausgabeformat: pdf, csv, json oder png.</translation>
    </message>
    <message>
        <source>Output file; for csv a folder, or a .zip file holding one CSV per table.</source>
        <translation>Ausgabedatei; bei csv ein Ordner oder eine .zip-Datei mit einer CSV-Datei je Tabelle.</translation>
    </message>
    <message>
        <source>Chart for png: followers, new-lost or engagement.</source>
        <translation>Diagramm für png: followers, new-lost oder engagement.</translation>
    </message>
    <message>
        <source>Write a growth report for tracked accounts and a period.</source>
        <translation>Einen Wachstumsbericht für beobachtete Konten und einen Zeitraum schreiben.</translation>
    </message>
    <message>
        <source>--account is required</source>
        <translation>--account ist erforderlich</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>invalid --from date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>ungültiges --from-Datum &apos;%1&apos; (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>invalid --to date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>ungültiges --to-Datum &apos;%1&apos; (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (use pdf, csv, json or png)</source>
        <translation>unbekanntes --format &apos;%1&apos; (verwenden Sie pdf, csv, json oder png)</translation>
    </message>
    <message>
        <source>unknown --chart &apos;%1&apos; (use %2)</source>
        <translation>unbekanntes --chart &apos;%1&apos; (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>growth-engine report: cannot write to %1</source>
        <translation>growth-engine report: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>growth-engine report: %1</source>
        <translation>growth-engine report: %1</translation>
    </message>
    <message>
        <source>growth-engine report: no data for %1 between %2 and %3</source>
        <translation>growth-engine report: keine Daten für %1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>ge::cli::CliSession</name>
    <message>
        <source>No session for %1: add it with &apos;growth-engine account add %1&apos; (or set GROWTH_ENGINE_APP_PASSWORD)</source>
        <translation>Keine Sitzung für %1: Fügen Sie sie mit &apos;growth-engine account add %1&apos; hinzu (oder setzen Sie GROWTH_ENGINE_APP_PASSWORD)</translation>
    </message>
    <message>
        <source>Set pds.url for accounts whose DID is not did:plc (%1)</source>
        <translation>Setzen Sie pds.url für Konten, deren DID nicht did:plc ist (%1)</translation>
    </message>
    <message>
        <source>The DID document of %1 names no PDS</source>
        <translation>Das DID-Dokument von %1 nennt keinen PDS</translation>
    </message>
</context>
<context>
    <name>ge::cli::Options</name>
    <message>
        <source>Own account (handle or DID).</source>
        <translation>Eigenes Konto (Handle oder DID).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Plan and record what would be followed; write nothing.</source>
        <translation>Planen und festhalten, was gefolgt würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Follow at most N accounts per hour (default: as the points budget allows).</source>
        <translation>Höchstens N Konten pro Stunde folgen (Standard: so viele, wie das Punktebudget erlaubt).</translation>
    </message>
    <message>
        <source>Only targets with at least N followers.</source>
        <translation>Nur Ziele mit mindestens N Followern.</translation>
    </message>
    <message>
        <source>Only targets with at most N followers.</source>
        <translation>Nur Ziele mit höchstens N Followern.</translation>
    </message>
    <message>
        <source>Only targets that have an avatar.</source>
        <translation>Nur Ziele mit Avatar.</translation>
    </message>
    <message>
        <source>Only targets that posted in the last N days.</source>
        <translation>Nur Ziele, die in den letzten N Tagen gepostet haben.</translation>
    </message>
    <message>
        <source>Only accounts created at least N days ago.</source>
        <translation>Nur Konten, die vor mindestens N Tagen erstellt wurden.</translation>
    </message>
    <message>
        <source>Skip targets following more than R times as many accounts as follow them (bots).</source>
        <translation>Ziele überspringen, die mehr als R-mal so vielen Konten folgen, wie ihnen folgen (Bots).</translation>
    </message>
    <message>
        <source>Never follow this handle or DID (repeatable).</source>
        <translation>Diesem Handle oder dieser DID nie folgen (wiederholbar).</translation>
    </message>
    <message>
        <source>Skip targets carrying this label (repeatable; &apos;*&apos; = any label).</source>
        <translation>Ziele mit diesem Label überspringen (wiederholbar; &apos;*&apos; = jedes Label).</translation>
    </message>
    <message>
        <source>Write points per hour of the account (default 5000; headroom is kept).</source>
        <translation>Schreibpunkte pro Stunde des Kontos (Standard 5000; die Reserve bleibt frei).</translation>
    </message>
    <message>
        <source>Write points per day of the account (default 35000; headroom is kept).</source>
        <translation>Schreibpunkte pro Tag des Kontos (Standard 35000; die Reserve bleibt frei).</translation>
    </message>
    <message>
        <source>Print only the final summary.</source>
        <translation>Nur die abschließende Zusammenfassung ausgeben.</translation>
    </message>
</context>
<context>
    <name>ge::models::AudienceModel</name>
    <message>
        <source>followed</source>
        <translation>gefolgt</translation>
    </message>
    <message>
        <source>unfollowed</source>
        <translation>entfolgt</translation>
    </message>
    <message>
        <source>mutual</source>
        <translation>gegenseitig</translation>
    </message>
    <message>
        <source>follows you</source>
        <translation>folgt dir</translation>
    </message>
    <message>
        <source>you follow</source>
        <translation>du folgst</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
</context>
<context>
    <name>ge::models::BestDaysModel</name>
    <message>
        <source>Engagement score = likes + 2 × reposts + 3 × replies + 2 × quotes</source>
        <translation>Interaktionswert = Likes + 2 × Reposts + 3 × Antworten + 2 × Zitate</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Saldo</translation>
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
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ge::models::BreakerModel</name>
    <message>
        <source>%1 ok · %2 failed · %3 slow · %4 rejected</source>
        <translation>%1 ok · %2 fehlgeschlagen · %3 langsam · %4 abgewiesen</translation>
    </message>
    <message>
        <source>Breaker</source>
        <translation>Breaker</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Half-open in</source>
        <translation>Halb offen in</translation>
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
        <translation>Sammler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Voraussichtlich fertig</translation>
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
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ge::models::StatusHistoryModel</name>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Cannot read the health history: %1</source>
        <translation>Der Verlauf der Zustandsprüfungen kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ge::reports::CsvWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Reading follow edges failed</source>
        <translation>Lesen der Follow-Kanten fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ge::reports::JsonWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ge::reports::ReportQuery</name>
    <message>
        <source>Reading report data failed</source>
        <translation>Lesen der Berichtsdaten fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is not a Growth Engine database (no table %2)</source>
        <translation>%1 ist keine Growth-Engine-Datenbank (keine Tabelle %2)</translation>
    </message>
    <message>
        <source>No tracked account %1</source>
        <translation>Kein beobachtetes Konto %1</translation>
    </message>
    <message>
        <source>Invalid period</source>
        <translation>Ungültiger Zeitraum</translation>
    </message>
</context>
<context>
    <name>ge::reports::SqliteReader</name>
    <message>
        <source>Reading the database failed</source>
        <translation>Lesen der Datenbank fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ge::reports::ZipWriter</name>
    <message>
        <source>Writing the archive failed</source>
        <translation>Schreiben des Archivs fehlgeschlagen</translation>
    </message>
    <message>
        <source>File too large for the archive</source>
        <translation>Datei zu groß für das Archiv</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Collectors</source>
        <translation>Sammler</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Systemzustand</translation>
    </message>
    <message>
        <source>Breakers</source>
        <translation>Breaker</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Offline mode: collectors are stopped and network dependencies are not checked. Stored data, charts, reports and replays work as usual.</source>
        <translation>Offline-Modus: Die Collectors sind angehalten, Netzwerkdienste werden nicht geprüft. Gespeicherte Daten, Diagramme, Berichte und Wiedergaben funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>Jetstream, AppView, PDS and the PLC directory are not contacted. Replay a capture from the Collectors page, or start without --offline to collect.</source>
        <translation>Jetstream, AppView, PDS und das PLC-Verzeichnis werden nicht kontaktiert. Spielen Sie eine Aufzeichnung auf der Seite „Collectors“ ab oder starten Sie ohne --offline, um Daten zu sammeln.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>Offline-Modus</translation>
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
        <translation>%1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Circuit breaker opened: %1</source>
        <translation>Circuit Breaker geöffnet: %1</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 ist wieder da</translation>
    </message>
    <message>
        <source>Circuit breaker closed.</source>
        <translation>Circuit Breaker geschlossen.</translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation>Kampagne beendet</translation>
    </message>
    <message>
        <source>Campaign paused</source>
        <translation>Kampagne pausiert</translation>
    </message>
    <message numerus="yes">
        <source>%n new follower(s)</source>
        <translation>
            <numerusform>%n neuer Follower</numerusform>
            <numerusform>%n neue Follower</numerusform>
        </translation>
    </message>
</context>
</TS>

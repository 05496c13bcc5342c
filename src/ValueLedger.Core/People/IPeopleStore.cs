namespace ValueLedger.Core.People;

/// <summary>
/// The storage port of person-level facts (hashed identifiers only), the operating-model registers and the key check
/// of the installation secret. Facts are unique by natural key:
/// membership (person, team, from, source); seat (person, tool, from); learning (person, kind, course, completed_on);
/// active day (person, day, source); team activity (team, day, source); workflow (team, workflow, as_of);
/// survey response (org_unit, measure, day, respondent); survey aggregate (org_unit, measure, period_start, period_end);
/// review and capacity (initiative, period_start, period_end) — a later record for the same key replaces these two.
/// </summary>
public interface IPeopleStore
{
    /// <summary>
    /// Writes one file's facts in one transaction with its import entry and audit entry (<c>people.import</c>): all or
    /// nothing. A file whose SHA-256 was imported before writes nothing and answers <c>AlreadyImported</c>.
    /// </summary>
    Task<PeopleImportResult> ImportPeopleAsync(PeopleImport import, PeopleFacts facts, CancellationToken cancellationToken);

    /// <summary>
    /// Streams one file into one transaction: unless the file (its SHA-256) was imported before, calls
    /// <paramref name="produce"/> with a writer for chunks of facts; the producer reads the file, writes its chunks, and
    /// answers true to commit or false to roll back (a strict import that found bad rows). Answers null when rolled back.
    /// This default collects the chunks and calls <see cref="ImportPeopleAsync(PeopleImport, PeopleFacts, CancellationToken)"/>;
    /// a store that can hold a transaction open while the file is read overrides it so memory does not grow with the file.
    /// </summary>
    async Task<PeopleImportResult?> ImportPeopleChunkedAsync(PeopleImport import, Func<Func<PeopleFacts, Task>, Task<bool>> produce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(produce);
        var chunks = new List<PeopleFacts>();
        if (!await produce(chunk =>
        {
            chunks.Add(chunk);
            return Task.CompletedTask;
        }).ConfigureAwait(false))
        {
            return null;
        }

        var all = new PeopleFacts
        {
            Memberships = [.. chunks.SelectMany(c => c.Memberships)],
            Seats = [.. chunks.SelectMany(c => c.Seats)],
            Learning = [.. chunks.SelectMany(c => c.Learning)],
            ActiveDays = [.. chunks.SelectMany(c => c.ActiveDays)],
            TeamActivity = [.. chunks.SelectMany(c => c.TeamActivity)],
            Workflows = [.. chunks.SelectMany(c => c.Workflows)],
            SurveyResponses = [.. chunks.SelectMany(c => c.SurveyResponses)],
            SurveyAggregates = [.. chunks.SelectMany(c => c.SurveyAggregates)],
            Reviews = [.. chunks.SelectMany(c => c.Reviews)],
            Capacity = [.. chunks.SelectMany(c => c.Capacity)],
        };
        return await ImportPeopleAsync(import, all, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The facts a calculation over <c>[from, to)</c> needs: memberships and seats overlapping it, learning completed
    /// before <paramref name="to"/>, active days and team activity within it, workflow records as of before
    /// <paramref name="to"/>, survey responses within it, and aggregates, reviews and capacity overlapping it.
    /// Active days include those derived from the ledger's usage records (end-user hash, source <c>telemetry</c>).
    /// </summary>
    Task<PeopleFacts> LoadPeopleFactsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The first and last day any person-level fact covers (null when there are none).</summary>
    Task<(DateOnly First, DateOnly Last)?> QueryPeopleSpanAsync(CancellationToken cancellationToken);

    /// <summary>People imports, newest first.</summary>
    Task<IReadOnlyList<PeopleImportSummary>> ListPeopleImportsAsync(CancellationToken cancellationToken);

    /// <summary>Saved resistance-and-enabler entries (not the built-in seeds: see <see cref="OperatingModelRegisters"/>).</summary>
    Task<IReadOnlyList<ResistanceEntry>> ListResistancesAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces the entry with the same id, with its audit entry (<c>register.resistance</c>).</summary>
    Task SaveResistanceAsync(ResistanceEntry entry, CancellationToken cancellationToken);

    Task<IReadOnlyList<RoleChange>> ListRoleChangesAsync(CancellationToken cancellationToken);

    /// <summary>Adds or replaces the entry with the same id, with its audit entry (<c>register.role</c>).</summary>
    Task SaveRoleChangeAsync(RoleChange change, CancellationToken cancellationToken);

    /// <summary>The fingerprint of the key the ledger's person hashes were made under, or null before any was recorded.</summary>
    Task<string?> GetKeyFingerprintAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether the ledger holds any person hash (people facts, survey respondents or usage end-user hashes): a ledger
    /// from before fingerprints were recorded that does must not get a new secret silently either.
    /// </summary>
    Task<bool> HoldsPersonHashesAsync(CancellationToken cancellationToken);

    /// <summary>Records the fingerprint when none is recorded; throws <see cref="InvalidOperationException"/> when a different one is.</summary>
    Task SetKeyFingerprintAsync(string fingerprint, CancellationToken cancellationToken);

    /// <summary>
    /// Re-keys every stored person hash (people facts, survey respondents and the ledger's end-user hashes) with
    /// <paramref name="rekey"/> and records <paramref name="newFingerprint"/>, in one transaction, audited
    /// (<c>secret.rotate</c>, by <paramref name="actor"/>). Returns how many hashes were rewritten.
    /// </summary>
    Task<long> RekeyPersonHashesAsync(Func<string, string> rekey, string newFingerprint, string actor, DateTimeOffset at, CancellationToken cancellationToken);
}

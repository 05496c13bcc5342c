using ValueLedger.Core.Import;

namespace ValueLedger.Importers.People;

/// <summary>What reading one people file produced: its facts, the rows set aside, and a whole-file problem if any.</summary>
internal sealed class PeopleParse(bool lenient)
{
    /// <summary>Row errors kept before a strict read stops (the file is refused anyway).</summary>
    public const int MaxStrictErrors = 20;

    /// <summary>Facts per chunk handed to the store while reading, so memory does not grow with the file.</summary>
    public const int ChunkFacts = 100_000;

    public PeopleFactsBuilder Facts { get; } = new();

    /// <summary>Where full chunks go (the store's open import transaction); null keeps every fact in <see cref="Facts"/>.</summary>
    public Func<Core.People.PeopleFacts, Task>? Sink { get; set; }

    /// <summary>Hands the collected facts to <see cref="Sink"/> when a chunk is full (or, with <paramref name="force"/>, whatever is left).</summary>
    public Task FlushAsync(bool force = false)
    {
        if (Sink is null || Facts.Count == 0 || (!force && Facts.Count < ChunkFacts))
        {
            return Task.CompletedTask;
        }

        var chunk = Facts.Build();
        Facts.Reset();
        return Sink(chunk);
    }

    public List<RowError> Errors { get; } = [];

    /// <summary>A problem with the whole file (empty, not this format, missing columns): nothing is imported.</summary>
    public string? Fatal { get; private set; }

    /// <summary>Data rows (or JSON records) read.</summary>
    public long Rows { get; set; }

    /// <summary>True when reading should stop: a fatal problem, or enough errors to refuse a strict import.</summary>
    public bool Stop => Fatal is not null || (!lenient && Errors.Count >= MaxStrictErrors);

    public void Fail(string reason) => Fatal ??= reason;

    public void Reject(long line, PeopleRowException ex) => Errors.Add(PeopleFields.Error(line, ex));

    public void Reject(long line, string? column, string reason) => Errors.Add(new RowError(line, column, reason));
}

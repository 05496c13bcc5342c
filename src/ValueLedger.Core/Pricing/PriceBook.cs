using System.Collections.Concurrent;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Core.Pricing;

/// <summary>
/// An immutable set of <see cref="PriceEntry"/> that prices usage telemetry from its token counts.
/// Pure: no I/O; loading from files is the Importers' <c>PriceBookLoader</c>.
/// </summary>
/// <remarks>
/// Matching a record: its provider must be one of the entry's providers; its model is normalised
/// (<see cref="ModelNames.Normalize"/>) and compared with the patterns. Among the patterns that match
/// and have an entry in force on the record's <c>ChargePeriodStart</c> (UTC day), an exact name wins
/// over a glob and a longer literal prefix over a shorter one. No model, no match or a record dated
/// before every matching entry gives no quote (null), never a zero cost.
/// </remarks>
public sealed partial class PriceBook : IPricer
{
    /// <summary>Distinct (provider, model) spellings remembered; beyond this, matches are recomputed.</summary>
    private const int MatchCacheLimit = 10_000;

    private readonly Dictionary<string, PatternHistory[]> historiesByProvider;
    private readonly ConcurrentDictionary<(string Provider, string Model), PatternHistory[]> matchCache = new();

    /// <exception cref="ArgumentException">
    /// An entry has no provider, a blank pattern, an unknown currency, a tier without condition, or
    /// repeats the provider, pattern and date of another.
    /// </exception>
    public PriceBook(IEnumerable<PriceEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];

        var byKey = new Dictionary<string, Dictionary<string, List<PriceEntry>>>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var pattern = Validate(entry);
            foreach (var provider in entry.Providers.Select(ProviderNames.Canonicalize).Distinct(StringComparer.Ordinal))
            {
                var byPattern = byKey.TryGetValue(provider, out var found) ? found : byKey[provider] = new(StringComparer.Ordinal);
                var history = byPattern.TryGetValue(pattern, out var list) ? list : byPattern[pattern] = [];
                if (history.Any(e => e.EffectiveFrom == entry.EffectiveFrom))
                {
                    throw new ArgumentException($"Two price entries for {provider}/{pattern}@{entry.EffectiveFrom:O}.", nameof(entries));
                }

                history.Add(entry);
            }
        }

        historiesByProvider = byKey.ToDictionary(
            p => p.Key,
            p => p.Value.Select(h => new PatternHistory(new ModelPattern(h.Key), [.. h.Value.OrderBy(e => e.EffectiveFrom)]))
                .OrderBy(h => h.Pattern)
                .ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>The entries as given, in order.</summary>
    public IReadOnlyList<PriceEntry> Entries { get; }

    /// <summary>
    /// A book with <paramref name="overrides"/> added: an override with the same provider, pattern
    /// and effective date as an existing entry replaces it for that provider (the existing entry keeps
    /// its other providers); any other override is added.
    /// </summary>
    public PriceBook WithOverrides(IEnumerable<PriceEntry> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        List<PriceEntry> added = [.. overrides];
        var replaced = added
            .SelectMany(o => o.Providers.Select(p => Key(p, o)))
            .ToHashSet();

        var kept = new List<PriceEntry>(Entries.Count + added.Count);
        foreach (var entry in Entries)
        {
            List<string> remaining = [.. entry.Providers.Where(p => !replaced.Contains(Key(p, entry)))];
            if (remaining.Count == entry.Providers.Count)
            {
                kept.Add(entry);
            }
            else if (remaining.Count > 0)
            {
                kept.Add(entry with { Providers = remaining });
            }
        }

        kept.AddRange(added);
        return new PriceBook(kept);
    }

    private static (string Provider, string Pattern, DateOnly From) Key(string provider, PriceEntry entry) =>
        (ProviderNames.Canonicalize(provider), ModelNames.Normalize(entry.ModelPattern) ?? string.Empty, entry.EffectiveFrom);

    private static string Validate(PriceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var where = $"price entry '{entry.ModelPattern}'@{entry.EffectiveFrom:O}";
        if (entry.Providers is not { Count: > 0 } || entry.Providers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"The {where} names no provider, or a blank one.", nameof(entry));
        }

        var pattern = ModelNames.Normalize(entry.ModelPattern)
            ?? throw new ArgumentException($"The {where} has a blank model pattern.", nameof(entry));
        ArgumentNullException.ThrowIfNull(entry.Prices);
        ArgumentNullException.ThrowIfNull(entry.Tiers);
        if (!CurrencyCodes.TryNormalize(entry.Currency, out _))
        {
            throw new ArgumentException($"The {where} has an unknown currency '{entry.Currency}'.", nameof(entry));
        }

        foreach (var tier in entry.Tiers)
        {
            if (string.IsNullOrWhiteSpace(tier.Name) || tier.Prices is null
                || (tier.InputTokensAbove is null && string.IsNullOrWhiteSpace(tier.ServiceTier))
                || tier.InputTokensAbove < 0)
            {
                throw new ArgumentException(
                    $"A tier of the {where} needs a name, prices and a condition (a non-negative input threshold or a service tier).",
                    nameof(entry));
            }
        }

        return pattern;
    }

    /// <summary>One provider's entries for one pattern, oldest first.</summary>
    private sealed record PatternHistory(ModelPattern Pattern, PriceEntry[] Entries)
    {
        /// <summary>The entry in force on <paramref name="day"/>, or null before the first.</summary>
        public PriceEntry? InForce(DateOnly day)
        {
            PriceEntry? current = null;
            foreach (var entry in Entries)
            {
                if (entry.EffectiveFrom > day)
                {
                    break;
                }

                current = entry;
            }

            return current;
        }
    }
}

namespace ValueLedger.Web.Allocation;

// Response shapes of /api/allocate, /api/unallocated and /api/explain, mirroring the CLI's JSON (allocate, unallocated,
// explain --format json). Money is an exact decimal string; ratios are numbers (0.42 = 42 %), null when undefined.

internal sealed record AllocateRequestDto(string? From, string? To);

internal sealed record AllocateResultDto(
    long RunId, string From, string To, long LinesConsidered, long UsageLines, IReadOnlyList<AllocationTotalDto> Rows,
    IReadOnlyList<AllocationCoverageDto> Coverage, IReadOnlyList<AllocationNoticeDto> Notices);

internal sealed record AllocationTotalDto(string? Bu, string? Initiative, string Currency, string Amount);

internal sealed record AllocationCoverageDto(string Currency, string GrossInScope, string GrossAllocatedToInitiative, decimal? Coverage, string Maturity);

internal sealed record AllocationNoticeDto(string RuleKind, string RuleId, string Month, string Reason, string? Fallback, long Lines, string Currency, string Amount, string Message);

internal sealed record UnallocatedDto(string? From, string? To, IReadOnlyList<UnallocatedTotalDto> Totals, IReadOnlyList<UnallocatedRowDto> Rows);

internal sealed record UnallocatedTotalDto(string Currency, string Gross, string Net, long Lines, string GrossInScope, decimal? Share);

internal sealed record UnallocatedRowDto(string Currency, string Key, string Value, int Rank, string Gross, long Lines, decimal? Share, string LargestLine, string SuggestedFix);

internal sealed record LineExplanationDto(string LineId, InsightLineDto Line, IReadOnlyList<AllocationShareDto> Shares, string? Note);

internal sealed record InsightLineDto(
    string Kind, string Provider, string? BillingAccountId, string? BillingAccountName, string? SubAccountId, string? SubAccountName, string? Service,
    string? Model, string? ResourceId, string ChargePeriodStart, string ChargePeriodEnd, string? Cost, string? CostMeasure, string Currency, string SourceFile, long? SourceLine);

internal sealed record AllocationShareDto(
    string? Bu, string? Initiative, string Amount, string Currency, string LineKind, string Method, string ShareKind, string? RuleKind, string? RuleId,
    int? RuleVersion, bool Fallback, string? Reason, string Explanation);

internal sealed record BuExplanationDto(string Bu, string? From, string? To, IReadOnlyList<BuBreakdownDto> Breakdown, IReadOnlyList<BuTopLineDto> TopLines);

internal sealed record BuBreakdownDto(string Currency, string LineKind, string ShareKind, string Method, string? RuleKind, string? RuleId, bool Fallback, string Amount, long Lines);

internal sealed record BuTopLineDto(string LineId, string Currency, string Amount, string? Initiative, string Provider, string? Service, string? Model, string Method, string? RuleId, string LineKind);

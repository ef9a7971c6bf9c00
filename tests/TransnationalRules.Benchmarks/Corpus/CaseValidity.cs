using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Corpus;

/// <summary>
/// The checks of DESIGN §4 that a case built in memory can fail, for testing the generator until the library's own
/// validation is merged: the JSON-only checks (types, unknown properties, nesting) cannot fail on a C# object.
/// </summary>
public static class CaseValidity
{
    /// <summary>The problems of a case, as "path: problem"; empty when the case is valid.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<string> Problems(CaseDescription @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var problems = new List<string>();
        void Check(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        void States(IReadOnlyList<string>? states, string path)
        {
            if (states is null)
            {
                return;
            }

            Check(states.Count <= 250, path + ": more than 250 entries");
            for (var i = 0; i < states.Count; i++)
            {
                Check(IsStateCode(states[i]), $"{path}[{i}]: not an assigned upper-case ISO 3166-1 code");
            }
        }

        Check(!string.IsNullOrEmpty(@case.CaseId) && @case.CaseId.Length <= 128, "caseId: missing or too long");
        Check(@case.Title is null || @case.Title.Length <= 500, "title: too long");
        Check(@case.Notes is null || @case.Notes.Length <= 2000, "notes: too long");
        Check(@case.Offences.Count is >= 1 and <= 1000, "offences: empty or more than 1,000");
        Check(@case.Offences.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count() == @case.Offences.Count, "offences: duplicate ids");
        for (var i = 0; i < @case.Offences.Count; i++)
        {
            var o = @case.Offences[i];
            var at = $"offences[{i}]";
            Check(!string.IsNullOrEmpty(o.Id) && o.Id.Length <= 64, at + ".id: missing or too long");
            Check(Enum.IsDefined(o.Kind), at + ".kind: unknown");
            Check(o.MaximumPenaltyYears is null or (>= 0m and <= 100m), at + ".maximumPenaltyYears: out of 0-100");
            Check(o.CommittedIn is null || o.CommittedIn.Count > 0, at + ".committedIn: empty");
            States(o.CommittedIn, at + ".committedIn");
            States(o.SubstantialEffectsIn, at + ".substantialEffectsIn");
            if (o.SubstantialConduct is { } conduct)
            {
                Check(conduct.Count <= 250, at + ".substantialConduct: more than 250 entries");
                for (var j = 0; j < conduct.Count; j++)
                {
                    Check(IsStateCode(conduct[j].State), $"{at}.substantialConduct[{j}].state: not an assigned code");
                    Check(Enum.IsDefined(conduct[j].Aspect), $"{at}.substantialConduct[{j}].aspect: unknown");
                }
            }

            if (o.LegalBasis is { } basis)
            {
                Check(basis.All(b => b.Reference is null || b.Reference.Length <= 200), at + ".legalBasis: reference too long");
            }
        }

        if (@case.Group is { } g)
        {
            Check(g.Members is null or >= 1, "group.members: less than 1");
            if (g.ActiveIn is { } active)
            {
                Check(active.Count > 0, "group.activeIn: empty");
                States(active, "group.activeIn");
                var missing = @case.Offences.Where(o => o.InvolvesGroup == true && o.CommittedIn is not null)
                    .SelectMany(o => o.CommittedIn!).Where(s => !active.Contains(s));
                Check(!missing.Any(), "group.activeIn: misses a committing state of a group offence");
            }
        }

        if (@case.Facts?.InternationalCooperation is { } cooperation)
        {
            Check(cooperation.Count <= 250, "facts.internationalCooperation: more than 250 entries");
            for (var i = 0; i < cooperation.Count; i++)
            {
                var c = cooperation[i];
                Check(Enum.IsDefined(c.Partner), $"facts.internationalCooperation[{i}].partner: unknown");
                Check(c.Partner != CooperationPartner.State || IsStateCode(c.State), $"facts.internationalCooperation[{i}].state: missing or invalid");
            }
        }

        return problems;
    }

    /// <summary>
    /// Whether <paramref name="code"/> has the form of an ISO 3166-1 alpha-2 code. Whether it is assigned is for the
    /// library's validation to say (the batch setup reads and validates the corpus's lines); the library's list of
    /// assigned codes is internal.
    /// </summary>
    private static bool IsStateCode(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);
}

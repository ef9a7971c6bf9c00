using TransnationalRules.Localization;
using TransnationalRules.Logic;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.2</c> — the offence is transnational in nature: any of the four tests of art. 3(2).</summary>
/// <remarks>
/// <para>UNTOC art. 3(2): "For the purpose of paragraph 1 of this article, an offence is transnational in nature if:
/// (a) It is committed in more than one State; (b) It is committed in one State but a substantial part of its
/// preparation, planning, direction or control takes place in another State; (c) It is committed in one State but
/// involves an organized criminal group that engages in criminal activities in more than one State; or (d) It is
/// committed in one State but has substantial effects in another State."</para>
/// <para>The four tests are alternatives: AnyOf(a, b, c, d). All four are evaluated and reported.</para>
/// </remarks>
internal static class TransnationalInNature
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.2";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 3(2): \"For the purpose of paragraph 1 of this article, an offence is transnational in nature if: (a) It is committed in more than one State; (b) It is committed in one State but a substantial part of its preparation, planning, direction or control takes place in another State; (c) It is committed in one State but involves an organized criminal group that engages in criminal activities in more than one State; or (d) It is committed in one State but has substantial effects in another State.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 3(2): для цілей пункту 1 цієї статті злочин має транснаціональний характер, якщо: (a) його вчинено в більш ніж одній державі; (b) його вчинено в одній державі, але істотна частина його підготовки, планування, керівництва або контролю має місце в іншій державі; (c) його вчинено в одній державі, але за участю організованої злочинної групи, яка здійснює злочинну діяльність у більш ніж одній державі; або (d) його вчинено в одній державі, але його істотні наслідки мають місце в іншій державі.";

    private static readonly string[] Tests = [CommittedInMoreThanOneState.Id, SubstantialConductInAnotherState.Id, GroupActiveInMoreThanOneState.Id, SubstantialEffectsInAnotherState.Id];

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Transnational in nature", "Транснаціональний характер"),
        "UNTOC art. 3(2)",
        Rule.AnyOf(Tests.Select(Rule.Ref)),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var tests = e.Children[0].Children;
        string Letters(Outcome o) => string.Join(", ", Enumerable.Range(0, tests.Length).Where(i => tests[i].Outcome == o).Select(i => "(" + (char)('a' + i) + ")"));
        return e.Outcome switch
        {
            Outcome.Met => new(
                $"Transnational in nature under art. 3(2){Letters(Outcome.Met)}.",
                $"Має транснаціональний характер за ст. 3(2){Letters(Outcome.Met)}."),
            Outcome.NotMet => new(
                "None of the four tests of art. 3(2) is met on the facts stated.",
                "Жодна з чотирьох ознак ст. 3(2) не виконана за встановленими фактами."),
            _ => Open(
                $"Not yet established: art. 3(2){Letters(Outcome.Unknown)} turn on facts still missing; none is met so far.",
                $"ст. 3(2){Letters(Outcome.Unknown)} залежать від фактів, яких бракує; жодна з цих ознак поки не підтверджена."),
        };
    }

    /// <summary>An open reason: in Ukrainian it opens with the outcome word «Не встановлено», which a headline's badge already says.</summary>
    private static LocalizedText Open(string en, string ukAfterOutcomeWord)
    {
        var afterBadge = new LocalizedText(en, Say.Capitalised(ukAfterOutcomeWord));
        return new LocalizedText(en, "Не встановлено: " + ukAfterOutcomeWord) { AfterBadge = afterBadge };
    }
}

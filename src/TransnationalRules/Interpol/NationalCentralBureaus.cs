using TransnationalRules.Channels;
using TransnationalRules.Logic;

namespace TransnationalRules.Interpol;

/// <summary><c>interpol.ncb</c> — police information exchange with State S through the National Central Bureaus of Interpol.</summary>
/// <remarks>
/// <para>Constitution of the ICPO-INTERPOL (1956), art. 2: "Its aims are: (1) To ensure and promote the widest possible
/// mutual assistance between all criminal police authorities within the limits of the laws existing in the different
/// countries and in the spirit of the 'Universal Declaration of Human Rights'; (2) To establish and develop all
/// institutions likely to contribute effectively to the prevention and suppression of ordinary law crimes." Art. 3:
/// "It is strictly forbidden for the Organization to undertake any intervention or activities of a political,
/// military, religious or racial character." (Read on the site of the Police of Armenia, a government reproduction,
/// matching a second copy word for word: <c>reference/research/CHANNELS-SOURCES.md</c> §4.1.)</para>
/// <para>Encoded per <c>abroad</c> entry as: S (as folded) is an Interpol member by the table <c>interpol</c>. Art. 3
/// is not a condition the case can decide: the reason says a matter of that character cannot go through the channel.
/// The "predominantly" is Interpol's practice on art. 3, not the article's words, which are quoted as read.</para>
/// </remarks>
internal static class NationalCentralBureaus
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "interpol.ncb";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Constitution of the ICPO-INTERPOL, art. 2: \"Its aims are: (1) To ensure and promote the widest possible mutual assistance between all criminal police authorities within the limits of the laws existing in the different countries and in the spirit of the 'Universal Declaration of Human Rights'; (2) To establish and develop all institutions likely to contribute effectively to the prevention and suppression of ordinary law crimes.\" Art. 3: \"It is strictly forbidden for the Organization to undertake any intervention or activities of a political, military, religious or racial character.\"";

    /// <summary>The provision in Ukrainian: a translation, marked as such (no official Ukrainian text was checked).</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Статут Міжнародної організації кримінальної поліції — Інтерполу, ст. 2: її цілі — (1) забезпечувати й розвивати якнайширшу взаємну допомогу між усіма органами кримінальної поліції в межах законів, що діють у різних країнах, і в дусі Загальної декларації прав людини; (2) створювати й розвивати всі установи, здатні ефективно сприяти запобіганню загальнокримінальним злочинам і боротьбі з ними. Ст. 3: Організації суворо заборонено будь-яке втручання чи діяльність політичного, військового, релігійного або расового характеру.";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Police information exchange through Interpol's National Central Bureaus", "Обмін поліцейською інформацією через національні центральні бюро Інтерполу"),
        "ICPO-INTERPOL Constitution art. 2, 3",
        Parties.Listed("interpol"),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
        UkrainianCitation = "ст. 2, 3 Статуту Інтерполу",
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c) => ChannelReason.Write(e, c,
        new("exchange police information with {0} through the National Central Bureaus of Interpol (Constitution art. 2(1))",
            "обмінюватися поліцейською інформацією з поліцією {1} через національні центральні бюро Інтерполу (ст. 2(1) Статуту Інтерполу)"),
        [new("{0} is a member of Interpol", "{0} є членом Інтерполу")],
        "interpol",
        new("Art. 3 of the Constitution forbids the Organization any intervention or activities of a political, military, religious or racial character: a matter of that character cannot go through this channel.",
            "Ст. 3 Статуту забороняє Організації будь-яке втручання чи діяльність політичного, військового, релігійного або расового характеру: справа такого характеру цим каналом не проходить."),
        UkrainianBodies.Sender(Id));
}

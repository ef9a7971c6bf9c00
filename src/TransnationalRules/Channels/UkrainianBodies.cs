using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Untoc;

namespace TransnationalRules.Channels;

/// <summary>
/// Who in Ukraine sends a request through each channel (issue 19): one table, a source per row, and whether the row
/// was verified on an official page. A reason names the body; an unverified row says so.
/// </summary>
/// <remarks>
/// Sources: Uriadovyi Kurier, the Government's official newspaper, names the Department of International Police
/// Cooperation of the National Police of Ukraine as the National Central Bureau of Interpol in Ukraine (verified);
/// Eurojust lists Ukraine among the third countries that have seconded a liaison prosecutor (verified). The National
/// Police as Europol's national contact point rests on news reports of the 2016 signing (Annex II of the agreement was
/// not read); the Office of the Prosecutor General and the Ministry of Justice as central authorities are those of
/// Ukraine's declaration to UNTOC art. 18(13) (<c>reference/COOPERATION.md</c>) — their designation under the Council
/// of Europe conventions and the Criminal Procedure Code arts. 571 and 574 were not verified in their current wording.
/// </remarks>
internal static class UkrainianBodies
{
    /// <summary>One row: the channel, the body, the source, and whether the row was read on an official page.</summary>
    internal sealed record Body(string Channel, LocalizedText Name, string Source, bool Verified, LocalizedText? Note = null);

    /// <summary>The table, in the order of the channels.</summary>
    public static IReadOnlyList<Body> All { get; } =
    [
        new("interpol.ncb",
            new("the Department of International Police Cooperation of the National Police of Ukraine, which acts as the National Central Bureau of Interpol in Ukraine",
                "Департамент міжнародного поліцейського співробітництва Національної поліції України (Національне центральне бюро Інтерполу в Україні)"),
            "http://ukurier.gov.ua/uk/news/posilennya-pozicij-ukrayini-v-interpoli/", true),
        new("europol",
            new("the National Police of Ukraine, Ukraine's national contact point for Europol",
                "Національна поліція України як національний контактний пункт для співпраці з Європолом"),
            "https://docs.dtkt.ua/doc/984_001-16", false,
            new("the agreement's Annex II, which names the contact point, was not read", "додаток II до угоди, який називає контактний пункт, не прочитано")),
        new("eurojust",
            new("Ukraine's liaison prosecutor at Eurojust", "прокурор зв’язку України при Євроюсті"),
            "https://www.eurojust.europa.eu/hr/node/317", true),
        new("coe.mla1959",
            new("the Office of the Prosecutor General at the stage of pre-trial investigation, the Ministry of Justice of Ukraine at trial, as Ukraine's central authorities under its declaration to UNTOC art. 18(13)",
                "Офіс Генерального прокурора — на стадії досудового розслідування, Міністерство юстиції України — на стадії судового розгляду, як центральні органи України за її заявою до ст. 18(13) Конвенції ООН проти транснаціональної організованої злочинності"),
            "reference/COOPERATION.md", false,
            new("their designation under ETS No. 030 was not verified", "їх визначення для ETS № 030 не перевірено")),
        new("coe.extradition1957",
            new("the Office of the Prosecutor General at the stage of pre-trial investigation, the Ministry of Justice of Ukraine at trial (Criminal Procedure Code art. 574)",
                "Офіс Генерального прокурора — на стадії досудового розслідування, Міністерство юстиції України — на стадії судового розгляду (ст. 574 Кримінального процесуального кодексу України)"),
            "reference/COOPERATION.md", false,
            new("art. 574 checked only in its 2019 wording", "ст. 574 звірено лише в редакції 2019 року")),
        new("coe.jit2001",
            new("the Office of the Prosecutor General, which decides on a joint investigation team (Criminal Procedure Code art. 571)",
                "Офіс Генерального прокурора, який вирішує питання про створення спільної слідчої групи (ст. 571 Кримінального процесуального кодексу України)"),
            "reference/COOPERATION.md", false,
            new("art. 571 checked only in its 2019 wording", "ст. 571 звірено лише в редакції 2019 року")),
    ];

    /// <summary>The row of a channel.</summary>
    public static Body Of(string channel) => All.First(b => b.Channel == channel);

    /// <summary>"Sent from Ukraine by … (source: …)." — «Від України надсилає: … (джерело: …).»; an unverified row says so.</summary>
    public static LocalizedText Sender(string channel, CaseStage? stage = null)
    {
        if (channel is "coe.mla1959" && stage is not null)
        {
            // The stage names one of the two central authorities, as the art. 18 reason does.
            var authority = MutualLegalAssistance.Authority(stage);
            return new(
                $"{authority.En} That the same authority sends a request under ETS No. 030 is not verified.",
                $"{authority.Uk} Що той самий орган надсилає і запит за ETS № 030, не перевірено.");
        }

        var body = Of(channel);
        return body.Verified
            ? new($"Sent from Ukraine by {body.Name.En} (source: {body.Source}).", $"Від України надсилає: {body.Name.Uk} (джерело: {body.Source}).")
            : new($"Sent from Ukraine by {body.Name.En} (not verified: {body.Note?.En}; source: {body.Source}).", $"Від України надсилає: {body.Name.Uk} (не перевірено: {body.Note?.Uk}; джерело: {body.Source}).");
    }
}

using System.Collections.Frozen;
using System.Text.RegularExpressions;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Rendering;

/// <summary>
/// The label of every fact a rule can read, in English and Ukrainian, keyed by the fact fields of the property tables
/// (<see cref="OffenceField"/>, <see cref="GroupField"/>, <see cref="FactsField"/>, <see cref="AbroadField"/> and the
/// stage): reports show "where the offence was committed" / «де вчинено правопорушення» with the JSON path beside it
/// (DESIGN §8); JSON keeps the paths. A test checks that every field has both labels.
/// </summary>
internal static partial class FactNames
{
    public static readonly FrozenDictionary<OffenceField, LocalizedText> Offence = new Dictionary<OffenceField, LocalizedText>
    {
        [OffenceField.Id] = new("the offence's id", "ідентифікатор правопорушення"),
        [OffenceField.Kind] = new("the kind of offence", "вид правопорушення"),
        [OffenceField.MaximumPenaltyYears] = new("the maximum penalty (years of deprivation of liberty)", "максимальне покарання (років позбавлення волі)"),
        [OffenceField.LifeImprisonment] = new("whether it is punishable by life imprisonment", "чи карається воно довічним позбавленням волі"),
        [OffenceField.LegalBasis] = new("the provisions under which it is punishable", "норми, за якими воно карається"),
        [OffenceField.CommittedIn] = new("where the offence was committed", "де вчинено правопорушення"),
        [OffenceField.CommittedInOthers] = new("whether it was committed in other States too", "чи вчинено його ще в інших державах"),
        [OffenceField.SubstantialConduct] = new("where a substantial part of its preparation, planning, direction or control took place", "де відбувалася істотна частина його підготовки, планування, керівництва або контролю"),
        [OffenceField.SubstantialConductOthers] = new("whether such a part took place in other States too", "чи відбувалася така частина ще в інших державах"),
        [OffenceField.SubstantialEffectsIn] = new("where the offence had substantial effects", "де правопорушення мало істотні наслідки"),
        [OffenceField.SubstantialEffectsInOthers] = new("whether it had substantial effects in other States too", "чи мало воно істотні наслідки ще в інших державах"),
        [OffenceField.InvolvesGroup] = new("whether the group took part in the offence", "чи брала група участь у правопорушенні"),
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<GroupField, LocalizedText> Group = new Dictionary<GroupField, LocalizedText>
    {
        [GroupField.Members] = new("how many members the group has", "скільки учасників має група"),
        [GroupField.MembersAtLeast] = new("how many members the group has at least", "скільки щонайменше учасників має група"),
        [GroupField.ExistsForPeriodOfTime] = new("whether the group exists for a period of time", "чи існує група протягом визначеного періоду часу"),
        [GroupField.Structured] = new("whether the group is structured (not randomly formed)", "чи є група структурно оформленою"),
        [GroupField.ActsInConcert] = new("whether the group acts in concert", "чи діє група узгоджено"),
        [GroupField.AimsAtSeriousCrime] = new("whether the group aims at serious crimes or Convention offences", "чи діє група з метою вчинення серйозних злочинів або злочинів за Конвенцією"),
        [GroupField.MaterialBenefit] = new("whether the group acts for a financial or other material benefit", "чи діє група для одержання фінансової або іншої матеріальної вигоди"),
        [GroupField.ActiveIn] = new("where the group engages in criminal activities", "де група провадить злочинну діяльність"),
        [GroupField.ActiveInOthers] = new("whether the group is active in other States too", "чи діє група ще в інших державах"),
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<FactsField, LocalizedText> Facts = new Dictionary<FactsField, LocalizedText>
    {
        [FactsField.HarmThreatened] = new("whether harm to individuals, society or the state was threatened", "чи була загроза шкоди людині, суспільству, державі"),
        [FactsField.DamageIndividuals] = new("whether individuals suffered damage", "чи завдано шкоди фізичним особам"),
        [FactsField.DamageLegalEntities] = new("whether legal entities suffered damage", "чи завдано шкоди юридичним особам"),
        [FactsField.DamageState] = new("whether the state suffered damage", "чи завдано шкоди державі"),
        [FactsField.PublicOfficialsInvolved] = new("whether public servants or officials were involved", "чи залучено державних службовців або посадових осіб"),
        [FactsField.CivilAssociationsOrMediaUsed] = new("whether civil associations or media were used", "чи використано об’єднання громадян або медіа"),
        [FactsField.BusinessEntitiesUsed] = new("whether business entities were used", "чи використано суб’єктів підприємницької діяльності"),
        [FactsField.ProceedsLaundered] = new("whether proceeds of crime were laundered", "чи легалізовано (відмито) доходи, одержані злочинним шляхом"),
        [FactsField.GroupBeingFormed] = new("whether a group is being formed", "чи створюється злочинна група"),
        [FactsField.SocialConditionsExploited] = new("whether social conditions that give rise to organised crime were exploited", "чи використано соціальні умови, що породжують організовану злочинність"),
        [FactsField.InternationalCooperation] = new("the international cooperation in the case", "міжнародне співробітництво у справі"),
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<AbroadField, LocalizedText> Abroad = new Dictionary<AbroadField, LocalizedText>
    {
        [AbroadField.State] = new("the foreign State", "іноземна держава"),
        [AbroadField.Suspects] = new("whether a suspect is located in that State", "чи перебуває підозрюваний у цій державі"),
        [AbroadField.Victims] = new("whether victims are located in that State", "чи перебувають потерпілі в цій державі"),
        [AbroadField.Witnesses] = new("whether witnesses are located in that State", "чи перебувають свідки в цій державі"),
        [AbroadField.Proceeds] = new("whether proceeds of crime are located in that State", "чи перебувають доходи, одержані злочинним шляхом, у цій державі"),
        [AbroadField.Evidence] = new("whether evidence is located in that State", "чи перебувають докази в цій державі"),
        [AbroadField.Proceedings] = new("whether criminal proceedings are open in that State", "чи відкрито кримінальне провадження в цій державі"),
        [AbroadField.DualCriminality] = new("whether the conduct is an offence under that State's law too", "чи є діяння злочином і за законом цієї держави"),
    }.ToFrozenDictionary();

    /// <summary>The stage of the proceedings in Ukraine.</summary>
    public static readonly LocalizedText Stage = new("the stage of the proceedings in Ukraine", "стадія провадження в Україні");

    /// <summary>Labels by path pattern (<c>offences[].committedIn</c>), built from the paths the engine writes.</summary>
    private static readonly FrozenDictionary<string, LocalizedText> ByPattern = Build();

    /// <summary>Labels by field (<see cref="FactPath.FieldKey"/>), built from the same tables.</summary>
    private static readonly FrozenDictionary<int, LocalizedText> ByField = BuildByField();

    /// <summary>The label of the fact <paramref name="path"/> names (any offence, entry or list item), or <see langword="null"/>.</summary>
    public static LocalizedText? Of(FactPath path) => ByField.GetValueOrDefault(path.FieldKey);

    /// <summary>Every path pattern with its label, for tests.</summary>
    public static IReadOnlyDictionary<string, LocalizedText> All => ByPattern;

    /// <summary>
    /// The label of the fact at <paramref name="path"/> given as text (any index, an entry of a list too), or
    /// <see langword="null"/>: for paths known only as text. Reports hold the <see cref="FactPath"/> and use <see cref="Of(FactPath)"/>.
    /// </summary>
    public static LocalizedText? Of(string path)
    {
        var pattern = Index().Replace(path, "[]");
        while (true)
        {
            if (ByPattern.TryGetValue(pattern, out var label))
            {
                return label;
            }

            if (!pattern.EndsWith("[]", StringComparison.Ordinal))
            {
                return null;
            }

            pattern = pattern[..^2];
        }
    }

    private static FrozenDictionary<string, LocalizedText> Build()
    {
        var all = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (field, label) in Offence)
        {
            all[Pattern(FactPath.Offence(0, field))] = label;
        }

        foreach (var (field, label) in Group)
        {
            all[Pattern(FactPath.Group(field))] = label;
        }

        foreach (var (field, label) in Facts)
        {
            all[Pattern(FactPath.Facts(field))] = label;
        }

        foreach (var (field, label) in Abroad)
        {
            all[Pattern(FactPath.Abroad(0, field))] = label;
        }

        all[Pattern(FactPath.Stage())] = Stage;
        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<int, LocalizedText> BuildByField()
    {
        var all = new Dictionary<int, LocalizedText>();
        foreach (var (field, label) in Offence)
        {
            all[FactPath.Offence(0, field).FieldKey] = label;
        }

        foreach (var (field, label) in Group)
        {
            all[FactPath.Group(field).FieldKey] = label;
        }

        foreach (var (field, label) in Facts)
        {
            all[FactPath.Facts(field).FieldKey] = label;
        }

        foreach (var (field, label) in Abroad)
        {
            all[FactPath.Abroad(0, field).FieldKey] = label;
        }

        all[FactPath.Stage().FieldKey] = Stage;
        return all.ToFrozenDictionary();
    }

    private static string Pattern(FactPath path) => Index().Replace(path.Value, "[]");

    [GeneratedRegex(@"\[\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}

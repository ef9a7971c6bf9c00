using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.money-laundering-and-business</c> — Prevention of money laundering and criminal use of business entities</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 9: prevention of money laundering and of the use of business entities for criminal intentions</para>
/// <para>Encoded as AnyOf(proceedsLaundered, businessEntitiesUsed, some offence of kind moneyLaundering).</para>
/// </remarks>
internal static class MoneyLaunderingAndBusiness
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.money-laundering-and-business";

    private static readonly LocalizedText Title = new("Prevention of money laundering and criminal use of business entities", "Запобігання легалізації коштів, здобутих злочинним шляхом, використанню суб’єктів підприємницької діяльності для реалізації злочинних намірів");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 9",
        Rule.AnyOf(
            Leaf.Flag(FactsField.ProceedsLaundered, new("proceeds were laundered", "доходи легалізовано")),
            Leaf.Flag(FactsField.BusinessEntitiesUsed, new("business entities were used", "використано суб’єктів підприємницької діяльності")),
            Leaf.SomeOffenceOfKind(new("an offence is money laundering", "правопорушення є легалізацією доходів"), OffenceKind.MoneyLaundering)),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 9: prevention of money laundering and of the use of business entities for criminal intentions")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(9, Title),
    };
}

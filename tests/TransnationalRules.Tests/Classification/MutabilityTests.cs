using System.Reflection;
using System.Runtime.CompilerServices;

namespace TransnationalRules.Tests.Classification;

/// <summary>Every public type is immutable: no public setters, no public mutable fields, only sealed or abstract classes.</summary>
public class MutabilityTests
{
    private static readonly Type[] PublicTypes = typeof(TransnationalRules.Logic.Rule).Assembly.GetExportedTypes();

    [Test]
    public void Public_classes_are_sealed_static_or_abstract()
    {
        PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
            .Should().BeEmpty();
    }

    [Test]
    public void Public_properties_have_no_public_setters_except_init()
    {
        var mutable = from t in PublicTypes
                      from p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                      let set = p.SetMethod
                      where set is { IsPublic: true } && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit))
                      select t.Name + "." + p.Name;
        mutable.Should().BeEmpty();
    }

    [Test]
    public void Public_fields_are_read_only()
    {
        var fields = from t in PublicTypes
                     where !t.IsEnum
                     from f in t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                     where !f.IsInitOnly && !f.IsLiteral
                     select t.Name + "." + f.Name;
        fields.Should().BeEmpty();
    }

    [Test]
    public void Lists_given_to_the_model_are_copied()
    {
        var states = new List<string> { "UA" };
        var offence = new TransnationalRules.Model.Offence { Id = "o", Kind = TransnationalRules.Model.OffenceKind.Fraud, CommittedIn = states };
        states.Add("PL");
        offence.CommittedIn.Should().Equal("UA");
    }
}

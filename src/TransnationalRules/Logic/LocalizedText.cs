namespace TransnationalRules.Logic;

/// <summary>A text in English and Ukrainian.</summary>
/// <param name="En">The English text.</param>
/// <param name="Uk">The Ukrainian text.</param>
public sealed record LocalizedText(string En, string Uk)
{
    /// <summary>The English text.</summary>
    public string En { get; } = En ?? throw new ArgumentNullException(nameof(En));

    /// <summary>The Ukrainian text.</summary>
    public string Uk { get; } = Uk ?? throw new ArgumentNullException(nameof(Uk));

    /// <summary>
    /// For a reason that opens with its outcome word («Не встановлено: ст. 3(2)…»): the text to show after a badge that
    /// already says the outcome («Ст. 3(2)…»); <see langword="null"/> when the text reads well there as it is.
    /// </summary>
    internal LocalizedText? AfterBadge { get; init; }

    /// <summary>The text in the given language.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns><see cref="En"/> or <see cref="Uk"/>.</returns>
    public string In(Language language) => language == Language.Uk ? Uk : En;
}

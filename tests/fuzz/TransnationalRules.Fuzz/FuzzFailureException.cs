namespace TransnationalRules.Fuzz;

/// <summary>A result came back, but an invariant of it does not hold: the fuzzer counts it as a crash.</summary>
public sealed class FuzzFailureException : Exception
{
    public FuzzFailureException()
    {
    }

    public FuzzFailureException(string message)
        : base(message)
    {
    }

    public FuzzFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

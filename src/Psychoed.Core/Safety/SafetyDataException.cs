namespace Psychoed.Core.Safety;

/// <summary>The safety data files are missing or malformed; <see cref="Exception.Message"/> lists every problem.</summary>
public sealed class SafetyDataException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public SafetyDataException(IReadOnlyList<string> problems)
        : base("Safety data is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    /// <summary>Each problem, as <c>file: message</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}

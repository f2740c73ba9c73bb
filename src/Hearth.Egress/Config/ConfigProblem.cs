namespace Hearth.Egress.Config;

/// <summary>One thing wrong with a config, in words a user can act on.</summary>
/// <param name="Code">A stable short name tests and tools match on (bad-key, endpoint-unresolvable, …).</param>
public sealed record ConfigProblem(string Code, string Message)
{
    public override string ToString() => Message;
}

public sealed class WireGuardConfigException(IReadOnlyList<ConfigProblem> problems)
    : Exception("The WireGuard config is not usable: " + string.Join(" ", problems.Select(p => p.Message)))
{
    public IReadOnlyList<ConfigProblem> Problems { get; } = problems;
}

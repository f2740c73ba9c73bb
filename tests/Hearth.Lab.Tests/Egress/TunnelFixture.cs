namespace Hearth.Lab.Tests.Egress;

/// <summary>One egress lab with the tunnel up, shared by a test class (building it takes a few seconds).</summary>
public sealed class TunnelFixture : IAsyncLifetime
{
    private EgressLab? lab;

    public EgressLab Lab => lab ?? throw new InvalidOperationException(Lab_.Missing() ?? "the lab did not start");

    public async Task InitializeAsync()
    {
        if (Lab_.Missing() is null)
        {
            lab = await EgressLab.StartAsync(o => o.PortForwarding = true);
        }
    }

    public async Task DisposeAsync()
    {
        if (lab is not null)
        {
            await lab.DisposeAsync();
        }
    }

    private static class Lab_
    {
        public static string? Missing() => global::Hearth.Lab.Tests.Lab.LabRequirements.Missing();
    }
}

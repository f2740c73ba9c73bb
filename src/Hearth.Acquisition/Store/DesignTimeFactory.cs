using Hearth.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hearth.Acquisition.Store;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AcquisitionDb>
{
    public AcquisitionDb CreateDbContext(string[] args) =>
        new((DbContextOptions<AcquisitionDb>)new DbContextOptionsBuilder<AcquisitionDb>().UseHearthSqlite("design-time.db").Options);
}

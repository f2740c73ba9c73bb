using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Acquisition.Store.Migrations
{
    /// <inheritdoc />
    public partial class ManagedClient : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Managed",
                table: "download_clients",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Managed",
                table: "download_clients");
        }
    }
}

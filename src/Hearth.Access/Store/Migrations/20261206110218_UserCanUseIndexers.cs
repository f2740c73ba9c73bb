using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Access.Store.Migrations
{
    /// <inheritdoc />
    public partial class UserCanUseIndexers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CanUseIndexers",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CanUseIndexers",
                table: "Users");
        }
    }
}

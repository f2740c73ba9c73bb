using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Library.Store.Migrations
{
    /// <inheritdoc />
    public partial class ItemEdition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Edition",
                table: "Items",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Edition",
                table: "Items");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Library.Store.Migrations
{
    /// <inheritdoc />
    public partial class FileFailureKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FailureDetail",
                table: "Files",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FailureKind",
                table: "Files",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailureDetail",
                table: "Files");

            migrationBuilder.DropColumn(
                name: "FailureKind",
                table: "Files");
        }
    }
}

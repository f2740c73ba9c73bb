using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Library.Store.Migrations
{
    /// <inheritdoc />
    public partial class ListingYearIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_LibraryId_Depth_Year_SortTitle",
                table: "Items");

            migrationBuilder.CreateIndex(
                name: "IX_Items_Kind_Year_SortTitle_Id",
                table: "Items",
                columns: new[] { "Kind", "Year", "SortTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Depth_Year_SortTitle_Id",
                table: "Items",
                columns: new[] { "LibraryId", "Depth", "Year", "SortTitle", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Kind_Year_SortTitle_Id",
                table: "Items",
                columns: new[] { "LibraryId", "Kind", "Year", "SortTitle", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Items_Kind_Year_SortTitle_Id",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Items_LibraryId_Depth_Year_SortTitle_Id",
                table: "Items");

            migrationBuilder.DropIndex(
                name: "IX_Items_LibraryId_Kind_Year_SortTitle_Id",
                table: "Items");

            migrationBuilder.CreateIndex(
                name: "IX_Items_LibraryId_Depth_Year_SortTitle",
                table: "Items",
                columns: new[] { "LibraryId", "Depth", "Year", "SortTitle" });
        }
    }
}

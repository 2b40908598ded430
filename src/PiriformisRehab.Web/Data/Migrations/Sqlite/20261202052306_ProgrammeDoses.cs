using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiriformisRehab.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammeDoses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DoseJson",
                table: "ProgrammeExercises",
                type: "TEXT",
                maxLength: 400,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DoseJson",
                table: "ProgrammeExercises");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiriformisRehab.Web.Data.Migrations.PostgreSql
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
                type: "character varying(400)",
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

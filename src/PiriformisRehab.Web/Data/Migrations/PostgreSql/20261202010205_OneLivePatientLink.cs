using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiriformisRehab.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OneLivePatientLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The race this index closes may already have left two live links on a programme:
            // keep the newest live one and revoke the others, or the unique index cannot be built.
            migrationBuilder.Sql(
                """
                UPDATE "PatientLinks" SET "RevokedAt" = "CreatedAt"
                WHERE "RevokedAt" IS NULL AND EXISTS (
                    SELECT 1 FROM "PatientLinks" AS newer
                    WHERE newer."ProgrammeId" = "PatientLinks"."ProgrammeId" AND newer."RevokedAt" IS NULL
                      AND (newer."CreatedAt" > "PatientLinks"."CreatedAt"
                           OR (newer."CreatedAt" = "PatientLinks"."CreatedAt" AND newer."Id" > "PatientLinks"."Id")));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_PatientLinks_ProgrammeId_Live",
                table: "PatientLinks",
                column: "ProgrammeId",
                unique: true,
                filter: "\"RevokedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PatientLinks_ProgrammeId_Live",
                table: "PatientLinks");
        }
    }
}

/**
 * schema.org LocalBusiness and the subtypes small businesses actually use. A business marked up
 * with any of these is what `local-audit` looks for.
 */
export const localBusinessTypes: ReadonlySet<string> = new Set([
  'LocalBusiness', 'Store', 'FoodEstablishment', 'Bakery', 'CafeOrCoffeeShop', 'Restaurant', 'BarOrPub', 'FastFoodRestaurant',
  'IceCreamShop', 'Winery', 'Brewery', 'Distillery', 'GroceryStore', 'ConvenienceStore', 'ClothingStore', 'BookStore',
  'Florist', 'FurnitureStore', 'HardwareStore', 'JewelryStore', 'PetStore', 'ShoeStore', 'SportingGoodsStore', 'ToyStore',
  'BikeStore', 'ElectronicsStore', 'HomeGoodsStore', 'LiquorStore', 'OptometricStore', 'MedicalBusiness', 'Dentist',
  'Physician', 'Pharmacy', 'MedicalClinic', 'HealthAndBeautyBusiness', 'BeautySalon', 'HairSalon', 'NailSalon', 'DaySpa',
  'TattooParlor', 'ExerciseGym', 'SportsActivityLocation', 'HealthClub', 'YogaStudio', 'AutomotiveBusiness', 'AutoRepair',
  'AutoDealer', 'AutoWash', 'HomeAndConstructionBusiness', 'Plumber', 'Electrician', 'HVACBusiness', 'HousePainter',
  'Locksmith', 'RoofingContractor', 'GeneralContractor', 'MovingCompany', 'ProfessionalService', 'LegalService',
  'Attorney', 'Notary', 'AccountingService', 'FinancialService', 'InsuranceAgency', 'RealEstateAgent', 'TravelAgency',
  'LodgingBusiness', 'Hotel', 'Motel', 'BedAndBreakfast', 'Hostel', 'ChildCare', 'DryCleaningOrLaundry',
  'EntertainmentBusiness', 'AnimalShelter', 'VeterinaryCare', 'EmploymentAgency', 'SelfStorage', 'ShoppingCenter',
  'TouristInformationCenter', 'RecyclingCenter', 'EmergencyService', 'GovernmentOffice', 'Library',
]);
